// Each sentence compares the two values it stands beside: which side has more, by how many, or that they agree.
#include "painting/charts/summaryfigures.h"

#include "painting/charts/metricsheadline.h"
#include "painting/style/displaytext.h"
#include "scenariorunner.h"

#include <algorithm>
#include <functional>

namespace notiflow::ui {

namespace {
constexpr auto eventSourcedSide = Architecture::EventSourced;
constexpr auto apiDrivenSide = Architecture::ApiDriven;

// The side with the larger value first; equal values keep event-sourced first.
std::pair<Architecture, Architecture> largerFirst(qint64 eventSourced, qint64 apiDriven)
{
    return apiDriven > eventSourced ? std::pair { apiDrivenSide, eventSourcedSide }
                                    : std::pair { eventSourcedSide, apiDrivenSide };
}

QString startOfSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// "… 3 more foreign data domains than …": a count phrase worded for n.
QString countMore(qint64 n, const QString& singular, const QString& plural)
{
    return MetricsHeadline::countOf(n, singular, plural);
}

QString sentenceOfCounts(const std::array<qint64, 2>& v, const QString& moreTemplate, const QString& singular,
    const QString& plural, const QString& same, const QString& none)
{
    const qint64 e = v[0];
    const qint64 a = v[1];
    if (e == a)
        return e == 0 ? none : same.arg(MetricsHeadline::countOf(e, singular, plural));
    const auto [high, low] = largerFirst(e, a);
    const qint64 highValue = high == eventSourcedSide ? e : a;
    const qint64 lowValue = high == eventSourcedSide ? a : e;
    return startOfSentence(moreTemplate
                               .arg(SummaryFigures::nameInSentence(high),
                                   countMore(highValue - lowValue, SummaryFigures::tr("more %1").arg(singular),
                                       SummaryFigures::tr("more %1").arg(plural)),
                                   SummaryFigures::nameInSentence(low))
                               .arg(highValue)
                               .arg(lowValue));
}

std::array<qint64, 2> figurePerSide(const Comparison& cmp, const std::function<qint64(const Run&)>& value)
{
    return { value(cmp.run(eventSourcedSide)), value(cmp.run(apiDrivenSide)) };
}

std::array<QString, 2> figureTexts(const std::array<qint64, 2>& v)
{
    return { QString::number(v[0]), QString::number(v[1]) };
}

// "API-driven depends more on domain data (4 against 2) and on service API (2 against 1); event-sourced more on
// event contract (1 against 0) and on infrastructure (4 against 2)."
QString dependencySentence(const Comparison& cmp)
{
    QStringList clauses;
    for (Architecture side : { eventSourcedSide, apiDrivenSide }) {
        const Architecture other = side == eventSourcedSide ? apiDrivenSide : eventSourcedSide;
        QStringList kinds;
        for (DependencyKind k : allDependencyKinds) {
            const auto i = static_cast<std::size_t>(k);
            const int mine = cmp.run(side).metrics.dependenciesByKind[i];
            const int theirs = cmp.run(other).metrics.dependenciesByKind[i];
            if (mine > theirs) {
                kinds << SummaryFigures::tr("on %1 (%2 against %3)")
                             .arg(MetricsHeadline::dependencyKindTitle(k))
                             .arg(mine)
                             .arg(theirs);
            }
        }
        if (kinds.isEmpty())
            continue;
        const QString list = kinds.size() == 1
            ? kinds.front()
            : SummaryFigures::tr("%1 and %2")
                  .arg(kinds.mid(0, kinds.size() - 1).join(QStringLiteral(", ")), kinds.back());
        clauses << (clauses.isEmpty() ? SummaryFigures::tr("%1 depends more %2") : SummaryFigures::tr("%1 more %2"))
                       .arg(SummaryFigures::nameInSentence(side), list);
    }
    if (clauses.isEmpty())
        return SummaryFigures::tr("Both have as many dependencies of every kind.");
    return startOfSentence(clauses.join(QStringLiteral("; "))) + QLatin1Char('.');
}

// What the faults did to notifications: a clause per measure on which the runs differ.
QString outcomeSentence(const Comparison& cmp)
{
    struct Measure {
        int Outcome::*field;
        QString verb; // "loses"
    };
    const Measure measures[] = {
        { &Outcome::lost, SummaryFigures::tr("loses") },
        { &Outcome::delayed, SummaryFigures::tr("delays") },
        { &Outcome::duplicated, SummaryFigures::tr("duplicates") },
    };
    QStringList clauses;
    for (const Measure& m : measures) {
        const int e = cmp.run(eventSourcedSide).outcome.*m.field;
        const int a = cmp.run(apiDrivenSide).outcome.*m.field;
        if (e == a)
            continue;
        const auto [high, low] = largerFirst(e, a);
        const int highValue = std::max(e, a);
        const int lowValue = std::min(e, a);
        clauses << SummaryFigures::tr("%1 %2 %3 than %4 (%5 against %6)")
                       .arg(SummaryFigures::nameInSentence(high), m.verb,
                           countMore(highValue - lowValue, SummaryFigures::tr("more notification"),
                               SummaryFigures::tr("more notifications")),
                           SummaryFigures::nameInSentence(low))
                       .arg(highValue)
                       .arg(lowValue);
    }
    if (clauses.isEmpty())
        return SummaryFigures::tr("Both lose, delay and duplicate as many notifications.");
    return startOfSentence(clauses.join(QStringLiteral("; "))) + QLatin1Char('.');
}

qint64 slowestTrigger(const Run& run)
{
    const auto& latencies = run.outcome.triggerLatencyMs;
    return latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
}
} // namespace

QString SummaryFigures::nameInSentence(Architecture a)
{
    return a == eventSourcedSide ? tr("event-sourced") : tr("API-driven");
}

std::vector<SummaryFigures::Row> SummaryFigures::rows(const Comparison& cmp)
{
    using Figure = MetricsHeadline::Figure;
    std::vector<Row> rows;

    const auto foreign = figurePerSide(cmp, [](const Run& r) { return r.metrics.foreignDomainsInDomainServices; });
    rows.push_back(
        { QStringLiteral("foreign_domains"), MetricsHeadline::label(Figure::ForeignDomains), figureTexts(foreign), true,
            sentenceOfCounts(foreign, tr("%1's domain services read %2 than %3's (%4 against %5)."),
                tr("foreign data domain"), tr("foreign data domains"), tr("Domain services read %1 in both."),
                tr("No domain service reads a foreign data domain in either architecture.")) });

    const auto rules = figurePerSide(cmp, [](const Run& r) { return r.metrics.notificationRulesInDomainServices; });
    rows.push_back({ QStringLiteral("notification_rules"), MetricsHeadline::label(Figure::NotificationRules),
        figureTexts(rules), true,
        sentenceOfCounts(rules, tr("%1's domain services evaluate %2 than %3's (%4 against %5)."),
            tr("notification rule"), tr("notification rules"), tr("Domain services evaluate %1 in both."),
            tr("No domain service evaluates a notification rule in either architecture.")) });

    const auto blocking = figurePerSide(cmp, [](const Run& r) { return r.metrics.mostBlockingCalls; });
    rows.push_back({ QStringLiteral("blocking_calls"), MetricsHeadline::label(Figure::BlockingCalls),
        { MetricsHeadline::shortValue(Figure::BlockingCalls, cmp.run(eventSourcedSide).metrics),
            MetricsHeadline::shortValue(Figure::BlockingCalls, cmp.run(apiDrivenSide).metrics) },
        true,
        sentenceOfCounts(blocking, tr("%1's busiest trigger waits on %2 than %3's (%4 against %5)."),
            tr("blocking call"), tr("blocking calls"), tr("The busiest trigger waits on %1 in both."),
            tr("No trigger waits on a blocking call in either architecture.")) });

    rows.push_back({ QStringLiteral("dependencies"), MetricsHeadline::label(Figure::Dependencies),
        { MetricsHeadline::splitDependencies(cmp.run(eventSourcedSide).metrics.dependenciesByKind),
            MetricsHeadline::splitDependencies(cmp.run(apiDrivenSide).metrics.dependenciesByKind) },
        false, dependencySentence(cmp) });

    if (cmp.scenario.faults.empty())
        return rows;

    std::array<QString, 2> outcome;
    for (Architecture a : allArchitectures) {
        const Outcome& o = cmp.run(a).outcome;
        outcome[static_cast<std::size_t>(a)]
            = QStringLiteral("%1 · %2 · %3").arg(o.lost).arg(o.delayed).arg(o.duplicated);
    }
    rows.push_back({ QStringLiteral("outcome"), tr("Notifications lost · delayed · duplicated"), outcome, true,
        outcomeSentence(cmp) });

    const auto slowest = figurePerSide(cmp, slowestTrigger);
    QString slowestSentence;
    if (slowest[0] == slowest[1]) {
        slowestSentence = tr("The slowest trigger takes %1 ms in both.").arg(slowest[0]);
    } else {
        const auto [high, low] = largerFirst(slowest[0], slowest[1]);
        const qint64 highValue = std::max(slowest[0], slowest[1]);
        const qint64 lowValue = std::min(slowest[0], slowest[1]);
        slowestSentence = startOfSentence(tr("%1's slowest trigger waits %2 ms longer than %3's (%4 ms against %5 ms).")
                                              .arg(nameInSentence(high))
                                              .arg(highValue - lowValue)
                                              .arg(nameInSentence(low))
                                              .arg(highValue)
                                              .arg(lowValue));
    }
    rows.push_back({ QStringLiteral("slowest_trigger"), tr("Slowest trigger, until the outside world has its answer"),
        { tr("%1 ms").arg(slowest[0]), tr("%1 ms").arg(slowest[1]) }, true, slowestSentence });

    const auto failed
        = figurePerSide(cmp, [](const Run& r) { return static_cast<qint64>(r.outcome.failedActions.size()); });
    if (failed[0] > 0 || failed[1] > 0) {
        rows.push_back({ QStringLiteral("failed_actions"), tr("Failed actions"), figureTexts(failed), true,
            sentenceOfCounts(failed, tr("%1 fails %2 than %3 (%4 against %5)."), tr("action"), tr("actions"),
                tr("Both fail %1."), {}) });
    }
    return rows;
}

} // namespace notiflow::ui
