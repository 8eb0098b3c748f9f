#include "app/applicationidentity.h"

#include "notiflow/version.h"
#include "painting/session/settings.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace notiflow::app {

QString ApplicationIdentity::id()
{
    return QStringLiteral(NOTIFLOW_APP_ID);
}

void ApplicationIdentity::apply()
{
    ui::Settings::useApplicationId(id());
    QCoreApplication::setApplicationVersion(QStringLiteral(NOTIFLOW_VERSION));
    QGuiApplication::setDesktopFileName(id());
    QGuiApplication::setWindowIcon(icon());
}

QIcon ApplicationIdentity::icon()
{
    QIcon icon(QStringLiteral(":/icons/notiflow.svg"));
    QSvgRenderer small(QStringLiteral(":/icons/notiflow-16.svg"));
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    small.render(&painter, QRectF(0, 0, 16, 16));
    painter.end();
    icon.addPixmap(pixmap); // the SVG icon engine hands out an added pixmap when its size is the one asked for
    return icon;
}

} // namespace notiflow::app
