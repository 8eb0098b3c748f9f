#include "painting/charts/metricsheadline.h"

#include "painting/style/displaytext.h"

namespace notiflow::ui {

QString MetricsHeadline::label(Figure figure)
{
    switch (figure) {
    case Figure::ForeignDomains:
        return tr("Foreign data domains in domain services");
    case Figure::NotificationRules:
        return tr("Notification rules in domain services");
    case Figure::BlockingCalls:
        return tr("Blocking calls per action");
    case Figure::Dependencies:
        return tr("Dependencies by kind");
    }
    return {};
}

QString MetricsHeadline::shortValue(Figure figure, const Metrics& m)
{
    switch (figure) {
    case Figure::ForeignDomains:
        return QString::number(m.foreignDomainsInDomainServices);
    case Figure::NotificationRules:
        return QString::number(m.notificationRulesInDomainServices);
    case Figure::BlockingCalls:
        // "up to 0" reads like a limit; no action waiting on anyone is the point event-sourced makes.
        return m.mostBlockingCalls == 0 ? tr("none") : tr("up to %1").arg(m.mostBlockingCalls);
    case Figure::Dependencies:
        return splitDependencies(m.dependenciesByKind);
    }
    return {};
}

QString MetricsHeadline::value(Figure figure, const Metrics& m)
{
    const QString head = shortValue(figure, m);
    const QString more = detail(figure, m);
    return more.isEmpty() ? head : QStringLiteral("%1 (%2)").arg(head, more);
}

QString MetricsHeadline::detail(Figure figure, const Metrics& m)
{
    QStringList details;
    switch (figure) {
    case Figure::ForeignDomains:
        for (const auto& c : m.components) {
            if (componentRole(c.component) != ComponentRole::DomainService || c.foreignDomains.empty())
                continue;
            QStringList names;
            for (Component d : c.foreignDomains)
                names << componentTitle(d);
            details << QStringLiteral("%1: %2").arg(componentTitle(c.component), names.join(QStringLiteral(", ")));
        }
        break;
    case Figure::NotificationRules:
        for (const auto& c : m.components) {
            const auto& notificationRules = m.notificationRules[static_cast<std::size_t>(indexOf(c.component))];
            if (notificationRules.empty())
                continue;
            QStringList rules;
            for (const auto& r : notificationRules)
                rules << toQString(r);
            details << QStringLiteral("%1: %2").arg(componentTitle(c.component), rules.join(QStringLiteral(", ")));
        }
        break;
    case Figure::BlockingCalls:
        for (const auto& a : m.blockingCallsPerAction) {
            details << tr("action %1: %2, chain depth %3").arg(a.action + 1).arg(a.blockingCalls).arg(a.chainDepth);
        }
        break;
    case Figure::Dependencies:
        break;
    }
    return details.join(QStringLiteral("; "));
}

QStringList MetricsHeadline::lines(const Metrics& m)
{
    QStringList out;
    for (Figure f : figures)
        out << QStringLiteral("%1: %2").arg(label(f), value(f, m));
    return out;
}

QString MetricsHeadline::dependencyKindTitle(DependencyKind k)
{
    switch (k) {
    case DependencyKind::DomainData:
        return tr("domain data");
    case DependencyKind::OwnData:
        return tr("own data");
    case DependencyKind::ServiceApi:
        return tr("service API");
    case DependencyKind::EventContract:
        return tr("event contract");
    case DependencyKind::Infrastructure:
        return tr("infrastructure");
    }
    return {};
}

QString MetricsHeadline::splitDependencies(const std::array<int, dependencyKindCount>& byKind)
{
    QStringList parts;
    for (DependencyKind k : allDependencyKinds) {
        if (k != DependencyKind::Infrastructure)
            parts << QStringLiteral("%1 %2").arg(dependencyKindTitle(k)).arg(byKind[static_cast<std::size_t>(k)]);
    }
    return tr("%1; infrastructure %2 apart")
        .arg(parts.join(QStringLiteral(" · ")))
        .arg(byKind[static_cast<std::size_t>(DependencyKind::Infrastructure)]);
}

QString MetricsHeadline::countOf(qsizetype n, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

} // namespace notiflow::ui
