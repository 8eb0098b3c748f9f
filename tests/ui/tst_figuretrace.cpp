// The steps behind each figure, on every built-in scenario: every highlighted step is one the figure counted, checked
// against counts made here from the steps themselves (not through MetricsTrace), and a chart's figure is found
// again where the chart draws it.
#include "metricscalculator.h"
#include "painting/charts/datarulescharts.h"
#include "painting/charts/dependencymatrixchart.h"
#include "painting/charts/syncchainchart.h"
#include "painting/session/figuretrace.h"
#include "painting/style/displaytext.h"
#include "support/fixtures.h"

#include <QGuiApplication>
#include <QTest>
#include <functional>
#include <set>

using namespace notiflow;
using namespace notiflow::ui;
using namespace notiflow::test;
using Kind = TracedFigure::Kind;

namespace {
// The components `step` makes `dependent` depend on, by the rule of ARCHITECTURE.md section 4, written out here.
std::set<Component> dependenciesOf(const Step& s, Component dependent)
{
    std::set<Component> on;
    switch (s.kind) {
    case StepKind::Trigger:
    case StepKind::Publish:
    case StepKind::Request:
    case StepKind::Query:
    case StepKind::Update:
    case StepKind::Send:
        if (s.from == dependent && s.to != dependent)
            on.insert(s.to);
        break;
    case StepKind::Deliver: // the subscriber depends on the bus and on the publisher's event contract
        if (s.to == dependent) {
            on.insert(s.from);
            if (s.publisher != dependent)
                on.insert(s.publisher);
        }
        break;
    default:
        break;
    }
    return on;
}

// The components that depend on `c` through `step`.
std::set<Component> dependentsOf(const Step& s, Component c)
{
    std::set<Component> dependents;
    for (Component d : { s.from, s.to }) {
        if (d != c && dependenciesOf(s, d).count(c))
            dependents.insert(d);
    }
    return dependents;
}

// Whether the trigger waits for `step`: every step up its chain of parents is a call to another component (or a
// publish, which the bus must accept), up to a trigger.
bool waitedFor(const Run& run, int step)
{
    for (int s = step; s >= 0; s = run.steps[std::size_t(s)].parent) {
        const Step& at = run.steps[std::size_t(s)];
        if (at.kind == StepKind::Trigger)
            return true;
        const bool call = (at.synchronous || at.kind == StepKind::Publish) && at.from != at.to
            && at.kind != StepKind::Response && at.kind != StepKind::Failure && at.kind != StepKind::Decision;
        if (!call)
            return false;
    }
    return false;
}

bool ascendingUnique(const std::vector<int>& steps)
{
    return std::adjacent_find(steps.begin(), steps.end(), std::greater_equal<int>()) == steps.end();
}

TracedFigure figure(Kind kind, Architecture side, Component c = Component::OutsideWorld,
    Component other = Component::OutsideWorld, std::string rule = {}, int index = -1)
{
    return TracedFigure::of(kind, side, c, other, std::move(rule), index);
}
} // namespace

class TestFigureTrace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void foreignDomainChips_data() { addBuiltinScenarioRows(); }
    void foreignDomainChips();
    void ruleOwners_data() { addBuiltinScenarioRows(); }
    void ruleOwners();
    void matrixCells_data() { addBuiltinScenarioRows(); }
    void matrixCells();
    void couplingBars_data() { addBuiltinScenarioRows(); }
    void couplingBars();
    void stepKindBars_data() { addBuiltinScenarioRows(); }
    void stepKindBars();
    void chainBoxes_data() { addBuiltinScenarioRows(); }
    void chainBoxes();
    void headlineFigures_data() { addBuiltinScenarioRows(); }
    void headlineFigures();
    void whyRows_data() { addBuiltinScenarioRows(); }
    void whyRows();
    void handCheckedPriceDrop();
    void chartsFindTheirFigures();

private:
    const Comparison& comparison(const QString& id);
    std::map<QString, Comparison> m_comparisons;
};

void TestFigureTrace::initTestCase()
{
    QGuiApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
}

const Comparison& TestFigureTrace::comparison(const QString& id)
{
    auto it = m_comparisons.find(id);
    if (it == m_comparisons.end())
        it = m_comparisons.emplace(id, compareArchitectures(defaultData(), builtinScenario(id.toStdString()))).first;
    return it->second;
}

void TestFigureTrace::foreignDomainChips()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    const auto rows = DataRulesCharts::foreignDomainRows(&c.eventSourced.metrics, &c.apiDriven.metrics);
    int chips = 0;
    for (const ChipGridChart::Row& row : rows) {
        for (std::size_t side = 0; side < 2; ++side) {
            QCOMPARE(row.figures[side].size(), std::size_t(row.chips[side] ? row.chips[side]->size() : 0));
            for (const TracedFigure& f : row.figures[side]) {
                const Run& run = c.run(f.side);
                QCOMPARE(f.side, allArchitectures[side]);
                QCOMPARE(f.kind, Kind::DataAccess);
                // The chip is a domain the component does not own.
                QVERIFY(domainOwner(f.other, run.architecture) != std::optional<Component>(f.component));
                const std::vector<int> steps = FigureTrace::steps(run, f);
                QVERIFY(!steps.empty());
                QVERIFY(ascendingUnique(steps));
                int expected = 0;
                for (const Step& s : run.steps) {
                    const bool access = (s.kind == StepKind::Query || s.kind == StepKind::Update)
                        && s.from == f.component && s.to == f.other;
                    expected += access ? 1 : 0;
                    QCOMPARE(std::binary_search(steps.begin(), steps.end(), s.index), access);
                }
                QCOMPARE(int(steps.size()), expected);
                ++chips;
            }
        }
    }
    QVERIFY(chips > 0);
}

void TestFigureTrace::ruleOwners()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    const auto rows = DataRulesCharts::ruleImpactRows(&c.eventSourced.metrics, &c.apiDriven.metrics);
    for (const ChipGridChart::Row& row : rows) {
        for (std::size_t side = 0; side < 2; ++side) {
            for (const TracedFigure& f : row.figures[side]) {
                QCOMPARE(f.kind, Kind::RuleEvaluation);
                QCOMPARE(toQString(f.rule), row.label);
                const Run& run = c.run(f.side);
                std::set<int> expected;
                for (const Decision& d : run.decisions) {
                    if (d.component == f.component && d.rule == f.rule)
                        expected.insert(d.step);
                }
                const std::vector<int> steps = FigureTrace::steps(run, f);
                QVERIFY(!steps.empty());
                QCOMPARE(std::set<int>(steps.begin(), steps.end()), expected);
                for (int s : steps) {
                    QCOMPARE(run.steps[std::size_t(s)].kind, StepKind::Decision);
                    QCOMPARE(run.steps[std::size_t(s)].from, f.component);
                }
            }
        }
    }
}

void TestFigureTrace::matrixCells()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        for (int a = 0; a < componentCount; ++a) {
            for (int b = 0; b < componentCount; ++b) {
                const int cell = run.metrics.dependencies[std::size_t(a)][std::size_t(b)];
                if (a == b || cell == 0)
                    continue;
                const auto f = figure(Kind::Dependency, side, Component(a), Component(b));
                const std::vector<int> steps = FigureTrace::steps(run, f);
                QCOMPARE(int(steps.size()), cell); // the number written in the cell
                for (int s : steps)
                    QVERIFY(dependenciesOf(run.steps[std::size_t(s)], Component(a)).count(Component(b)));
                int independent = 0;
                for (const Step& s : run.steps)
                    independent += dependenciesOf(s, Component(a)).count(Component(b)) ? 1 : 0;
                QCOMPARE(independent, cell);
            }
        }
    }
}

void TestFigureTrace::couplingBars()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        for (const ComponentMetrics& cm : run.metrics.components) {
            if (!cm.present)
                continue;
            // Ce: every step makes the component depend on something, and together they reach exactly Ce components.
            std::set<Component> on;
            const auto ce = FigureTrace::steps(run, figure(Kind::Efferent, side, cm.component));
            for (int s : ce) {
                const auto deps = dependenciesOf(run.steps[std::size_t(s)], cm.component);
                QVERIFY(!deps.empty());
                on.insert(deps.begin(), deps.end());
            }
            QCOMPARE(int(on.size()), cm.efferent);
            std::set<Component> by;
            const auto ca = FigureTrace::steps(run, figure(Kind::Afferent, side, cm.component));
            for (int s : ca) {
                const auto dependents = dependentsOf(run.steps[std::size_t(s)], cm.component);
                QVERIFY(!dependents.empty());
                by.insert(dependents.begin(), dependents.end());
            }
            QCOMPARE(int(by.size()), cm.afferent);
            // Instability is Ce over Ca + Ce: its steps are both sets, nothing else.
            std::set<int> both(ce.begin(), ce.end());
            both.insert(ca.begin(), ca.end());
            const auto instability = FigureTrace::steps(run, figure(Kind::Instability, side, cm.component));
            QVERIFY(ascendingUnique(instability));
            QCOMPARE(std::set<int>(instability.begin(), instability.end()), both);
        }
    }
}

void TestFigureTrace::stepKindBars()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        for (int k = 0; k < stepKindCount; ++k) {
            const auto steps = FigureTrace::steps(
                run, figure(Kind::StepsOfKind, side, Component::OutsideWorld, Component::OutsideWorld, {}, k));
            QCOMPARE(int(steps.size()), run.metrics.stepsByKind[std::size_t(k)]);
            for (int s : steps)
                QCOMPARE(int(run.steps[std::size_t(s)].kind), k);
        }
    }
}

void TestFigureTrace::chainBoxes()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        const SyncChainChart::Side chart = SyncChainChart::sideOf(run.metrics);
        QCOMPARE(int(chart.components.size()), int(chart.drawnComponents().size()));
        // The action whose trigger waits on the most components, found here from the steps.
        std::map<int, std::set<Component>> waited;
        for (const Step& s : run.steps) {
            if (waitedFor(run, s.index))
                waited[s.action].insert(s.to);
        }
        int ceiling = -1;
        for (const auto& [action, components] : waited) {
            if (ceiling < 0 || components.size() > waited[ceiling].size())
                ceiling = action;
        }
        for (Component box : chart.components) {
            const auto steps = FigureTrace::steps(run, figure(Kind::WaitedOn, side, box));
            QVERIFY2(!steps.empty(), qPrintable(componentTitle(box)));
            for (int s : steps) {
                const Step& step = run.steps[std::size_t(s)];
                QCOMPARE(step.to, box);
                QCOMPARE(step.action, ceiling);
                QVERIFY(waitedFor(run, s));
            }
        }
    }
}

void TestFigureTrace::headlineFigures()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        const Metrics& m = run.metrics;
        // Notification rules in domain services: decisions of domain services, each on a rule the figure counts.
        const auto rules = FigureTrace::steps(run, figure(Kind::NotificationRules, side));
        QCOMPARE(rules.empty(), m.notificationRulesInDomainServices == 0);
        std::set<std::pair<Component, std::string>> pairs;
        for (int s : rules) {
            for (const Decision& d : run.decisions) {
                if (d.step != s)
                    continue;
                const auto& listed = m.notificationRules[std::size_t(indexOf(d.component))];
                if (std::find(listed.begin(), listed.end(), d.rule) != listed.end())
                    pairs.emplace(d.component, d.rule);
            }
            QCOMPARE(componentRole(run.steps[std::size_t(s)].from), ComponentRole::DomainService);
        }
        QCOMPARE(int(pairs.size()), m.notificationRulesInDomainServices);
        // Foreign domains in domain services: each step a domain service's access to data it does not own.
        std::set<std::pair<Component, Component>> foreign;
        for (int s : FigureTrace::steps(run, figure(Kind::ForeignDomains, side))) {
            const Step& step = run.steps[std::size_t(s)];
            QCOMPARE(componentRole(step.from), ComponentRole::DomainService);
            QVERIFY(domainOwner(step.to, run.architecture) != std::optional<Component>(step.from));
            foreign.emplace(step.from, step.to);
        }
        QCOMPARE(int(foreign.size()), m.foreignDomainsInDomainServices);
        // Blocking calls: requests of that action that its trigger waits for, as many as the figure says.
        for (const ActionCalls& calls : m.blockingCallsPerAction) {
            const auto steps = FigureTrace::steps(run,
                figure(Kind::BlockingCalls, side, Component::OutsideWorld, Component::OutsideWorld, {}, calls.action));
            QCOMPARE(int(steps.size()), calls.blockingCalls);
            for (int s : steps) {
                QCOMPARE(run.steps[std::size_t(s)].kind, StepKind::Request);
                QCOMPARE(run.steps[std::size_t(s)].action, calls.action);
                QVERIFY(waitedFor(run, s));
            }
        }
    }
}

void TestFigureTrace::whyRows()
{
    QFETCH(QString, scenario);
    const Comparison& c = comparison(scenario);
    for (Architecture side : allArchitectures) {
        const Run& run = c.run(side);
        const auto check = [&](Kind kind, int index, int step) {
            const auto steps = FigureTrace::steps(run, figure(kind, side, {}, {}, {}, index));
            QVERIFY(ascendingUnique(steps));
            QCOMPARE(steps.back(), step); // its own step, the last
            QCOMPARE(run.steps[std::size_t(steps.front())].kind, StepKind::Trigger); // back to the trigger
            // Each one the parent of the next: the chain of handling, nothing beside it.
            for (std::size_t i = 1; i < steps.size(); ++i)
                QCOMPARE(run.steps[std::size_t(steps[i])].parent, steps[i - 1]);
        };
        for (std::size_t d = 0; d < run.decisions.size(); ++d)
            check(Kind::Decision, int(d), run.decisions[d].step);
        for (std::size_t n = 0; n < run.notifications.size(); ++n)
            check(Kind::Message, int(n), run.notifications[n].step);
        QVERIFY(FigureTrace::steps(run, figure(Kind::Decision, side, {}, {}, {}, int(run.decisions.size()))).empty());
    }
}

void TestFigureTrace::handCheckedPriceDrop()
{
    // API-driven price drop: the pricing service reads Carts itself, once per product whose price dropped; under
    // event-sourcing the notification service does.
    const Comparison& c = comparison(QStringLiteral("price-drop"));
    const auto pricingCarts = FigureTrace::select(
        c, figure(Kind::DataAccess, Architecture::ApiDriven, Component::PricingService, Component::Carts));
    QCOMPARE(pricingCarts.side, Architecture::ApiDriven);
    QVERIFY(!pricingCarts.isEmpty());
    QCOMPARE(pricingCarts.label, QStringLiteral("Pricing service reads Carts, data it does not own"));
    for (int s : pricingCarts.steps)
        QVERIFY(QString::fromStdString(c.apiDriven.steps[std::size_t(s)].label).startsWith(QStringLiteral("carts")));
    QVERIFY(FigureTrace::steps(c.eventSourced,
        figure(Kind::DataAccess, Architecture::EventSourced, Component::PricingService, Component::Carts))
                .empty());
    QVERIFY(!FigureTrace::steps(c.eventSourced,
        figure(Kind::DataAccess, Architecture::EventSourced, Component::NotificationService, Component::Carts))
                 .empty());
}

void TestFigureTrace::chartsFindTheirFigures()
{
    // Where a chart draws a figure, a click finds that figure again; between figures, none.
    const Comparison& c = comparison(QStringLiteral("price-drop"));
    const ChartStyle style { PanelPalette(QGuiApplication::palette()), QGuiApplication::font() };
    const QRectF rect(10, 20, 900, 2000);
    auto chips = DataRulesCharts::foreignDomainsChart(&c.eventSourced.metrics, &c.apiDriven.metrics);
    int found = 0;
    for (std::size_t r = 0; r < chips->rows().size(); ++r) {
        for (std::size_t side = 0; side < 2; ++side) {
            for (std::size_t i = 0; i < chips->rows()[r].figures[side].size(); ++i) {
                const QRectF chip = chips->chipRect(rect, style, r, side, i);
                QVERIFY(!chip.isEmpty());
                QCOMPARE(chips->figureAt(rect, chip.center(), style), std::optional(chips->rows()[r].figures[side][i]));
                ++found;
            }
        }
    }
    QVERIFY(found > 0);
    QVERIFY(!chips->figureAt(rect, rect.topLeft() + QPointF(1, 1), style)); // the header

    DependencyMatrixChart matrix;
    SyncChainChart chain;
    for (Architecture side : allArchitectures) {
        const Metrics& m = c.run(side).metrics;
        DependencyMatrixChart::Matrix cells;
        for (int i = 0; i < componentCount; ++i) {
            if (m.components[std::size_t(i)].present)
                cells.components.push_back(Component(i));
        }
        for (Component a : cells.components) {
            std::vector<int> row;
            for (Component b : cells.components)
                row.push_back(m.dependencies[std::size_t(indexOf(a))][std::size_t(indexOf(b))]);
            cells.counts.push_back(row);
        }
        matrix.setMatrix(side, cells);
        chain.setSide(side, SyncChainChart::sideOf(m));
    }
    for (Architecture side : allArchitectures) {
        const auto& cells = matrix.matrix(side);
        for (std::size_t r = 0; r < cells.components.size(); ++r) {
            for (std::size_t col = 0; col < cells.components.size(); ++col) {
                const QPointF at
                    = matrix.cellRect(rect, style, side, cells.components[r], cells.components[col]).center();
                const auto f = matrix.figureAt(rect, at, style);
                QCOMPARE(f.has_value(), r != col && cells.counts[r][col] > 0); // an empty cell has no steps
                if (f) {
                    QCOMPARE(f->component, cells.components[r]);
                    QCOMPARE(f->other, cells.components[col]);
                    QCOMPARE(f->side, side);
                }
            }
        }
        const auto& boxes = chain.side(side).components;
        QVERIFY(!boxes.empty());
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const auto f = chain.figureAt(rect, chain.boxRect(rect, style, side, int(i)).center(), style);
            QVERIFY(f);
            QCOMPARE(f->kind, Kind::WaitedOn);
            QCOMPARE(f->component, boxes[i]);
            QCOMPARE(f->side, side);
        }
    }
}

QTEST_MAIN(TestFigureTrace)
#include "tst_figuretrace.moc"
