// One application id everywhere: the names Qt gets (settings file through Settings, window class, Wayland desktop
// file name), the desktop entry and metainfo in packaging/, and a window icon with its 16 px drawing.
#include "app/applicationidentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace notiflow::app;

namespace {
QString sourceFile(const QString& path)
{
    QFile file(QStringLiteral(NOTIFLOW_SOURCE_DIR "/") + path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QImage rendered(const QString& svg, int size)
{
    QSvgRenderer renderer(svg);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}
} // namespace

class TestApplicationIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesComeFromTheId();
    void desktopFilesCarryTheId();
    void iconUsesTheSmallDrawingAtSixteen();
};

void TestApplicationIdentity::initTestCase()
{
    Q_INIT_RESOURCE(notiflow);
    QStandardPaths::setTestModeEnabled(true);
    ApplicationIdentity::apply();
}

void TestApplicationIdentity::namesComeFromTheId()
{
    QCOMPARE(ApplicationIdentity::id(), QStringLiteral("io.github.notiflow.notiflow"));
    QCOMPARE(QCoreApplication::organizationName() + QLatin1Char('.') + QCoreApplication::applicationName(),
        ApplicationIdentity::id());
    QCOMPARE(QGuiApplication::desktopFileName(), ApplicationIdentity::id());
    QVERIFY2(QSettings().fileName().endsWith(QStringLiteral("/io.github.notiflow/notiflow.conf")),
        qPrintable(QSettings().fileName()));
    QVERIFY(!QGuiApplication::windowIcon().isNull());
}

void TestApplicationIdentity::desktopFilesCarryTheId()
{
    const QString id = ApplicationIdentity::id();
    const QString entry = sourceFile(QStringLiteral("packaging/%1.desktop").arg(id));
    QVERIFY2(!entry.isEmpty(), "packaging/ has no desktop entry named after the id");
    const auto line = [&](const QString& key) {
        return QRegularExpression(QStringLiteral("^%1=(.*)$").arg(key), QRegularExpression::MultilineOption)
            .match(entry)
            .captured(1);
    };
    QCOMPARE(line(QStringLiteral("Icon")), id);
    // X11 window managers match the window to the entry by the class Qt gives it: the application name.
    QCOMPARE(line(QStringLiteral("StartupWMClass")), QCoreApplication::applicationName());
    const QString metainfo = sourceFile(QStringLiteral("packaging/%1.metainfo.xml.in").arg(id));
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(id)));
    QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(id)));
}

void TestApplicationIdentity::iconUsesTheSmallDrawingAtSixteen()
{
    const QIcon icon = ApplicationIdentity::icon();
    const QImage small = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(small, rendered(QStringLiteral(":/icons/notiflow-16.svg"), 16));
    QVERIFY(small != rendered(QStringLiteral(":/icons/notiflow.svg"), 16));
    const QImage large = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(large, rendered(QStringLiteral(":/icons/notiflow.svg"), 48));
}

QTEST_MAIN(TestApplicationIdentity)
#include "tst_applicationidentity.moc"
