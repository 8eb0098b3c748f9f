// Display names for core enums; presentation only, no rule is decided here.
#include "painting/style/displaytext.h"

#include <QCoreApplication>

namespace notiflow::ui {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString componentTitle(Component c)
{
    return toQString(componentName(c));
}

QString architectureTitle(Architecture a)
{
    return toQString(architectureName(a));
}

QString architectureRole(Architecture a)
{
    return a == Architecture::EventSourced
        ? QCoreApplication::translate("ArchitecturePane", "Services publish events; the notification service decides")
        : QCoreApplication::translate(
            "ArchitecturePane", "Services decide, gather context and call the notification API");
}

QString channelTitle(Channel c)
{
    return c == Channel::Email ? QStringLiteral("Email") : QStringLiteral("SMS");
}

QString stepKindTitle(StepKind k)
{
    return humanizeId(stepKindId(k));
}

QString notificationTypeTitle(NotificationType t)
{
    return humanizeId(notificationTypeId(t));
}

QString humanizeId(std::string_view id)
{
    QString text = toQString(id).toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace notiflow::ui
