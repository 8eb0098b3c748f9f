// The headline figures of a run, worded once for the Coupling Metrics dock, exports and slides: what the
// architectures are compared for first (foreign data and notification rules in domain services, blocking calls),
// then the dependency counts split by kind, never as one mixed total.
#pragma once

#include "dependencykind.h"
#include "metrics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>

namespace notiflow::ui {

class MetricsHeadline {
    Q_DECLARE_TR_FUNCTIONS(MetricsHeadline)

public:
    // The figures a headline shows, in its order; each names a help page entry (see HelpTopics).
    enum class Figure { ForeignDomains, NotificationRules, BlockingCalls, Dependencies };
    static constexpr std::array<Figure, 4> figures { Figure::ForeignDomains, Figure::NotificationRules,
        Figure::BlockingCalls, Figure::Dependencies };

    static QString label(Figure figure); // "Foreign data domains in domain services"
    static QString value(Figure figure, const Metrics& m); // "3 (Pricing service: Customers, Carts, Preferences)"
    static QString shortValue(Figure figure, const Metrics& m); // "3"
    // What the value is made of: "Pricing service: Customers, Carts, Preferences"; empty when nothing to add.
    static QString detail(Figure figure, const Metrics& m);
    // One line per figure: "label: value".
    static QStringList lines(const Metrics& m);

    // "domain data 4 · own data 2 · service API 2 · event contract 0; infrastructure 2 apart"
    static QString splitDependencies(const std::array<int, dependencyKindCount>& byKind);
    static QString dependencyKindTitle(DependencyKind k);
    // "1 notification", "2 notifications"
    static QString countOf(qsizetype n, const QString& singular, const QString& plural);
};

} // namespace notiflow::ui
