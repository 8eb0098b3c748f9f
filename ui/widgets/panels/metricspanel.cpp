// Fills the charts from Run::metrics of both runs whenever the comparison changes. The metrics describe the whole
// run, so the playhead does not change them.
#include "widgets/panels/metricspanel.h"

#include "painting/charts/chipgridchart.h"
#include "painting/charts/datarulescharts.h"
#include "painting/charts/dependencymatrixchart.h"
#include "painting/charts/metricsheadline.h"
#include "painting/charts/pairedbarchart.h"
#include "painting/charts/syncchainchart.h"
#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "widgets/help/helptopics.h"
#include "widgets/views/chartwidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
template <typename Chart> Chart& chartOf(ChartWidget* widget)
{
    return *static_cast<Chart*>(widget->chart());
}

bool presentIn(const Metrics& m, Component c)
{
    return m.components[static_cast<std::size_t>(indexOf(c))].present;
}

std::vector<PairedBarChart::Row> couplingRows(const Metrics* es, const Metrics* ad)
{
    std::vector<PairedBarChart::Row> rows;
    for (int i = 0; i < componentCount; ++i) {
        const auto c = static_cast<Component>(i);
        const std::array<const Metrics*, 2> sides { es, ad };
        if (!(es && presentIn(*es, c)) && !(ad && presentIn(*ad, c)))
            continue;
        PairedBarChart::Row row { componentTitle(c), std::vector<PairedBarChart::Pair>(3), {} };
        row.figures.resize(3);
        for (std::size_t s = 0; s < 2; ++s) {
            if (!sides[s] || !presentIn(*sides[s], c))
                continue;
            const ComponentMetrics& cm = sides[s]->components[static_cast<std::size_t>(i)];
            row.values[0][s] = cm.efferent;
            row.values[1][s] = cm.afferent;
            row.values[2][s] = cm.instability;
            using Kind = TracedFigure::Kind;
            for (const auto& [measure, kind] : { std::pair { 0, Kind::Efferent }, std::pair { 1, Kind::Afferent },
                     std::pair { 2, Kind::Instability } })
                row.figures[static_cast<std::size_t>(measure)][s] = TracedFigure::of(kind, allArchitectures[s], c);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<PairedBarChart::Row> stepKindRows(const Metrics* es, const Metrics* ad)
{
    std::vector<PairedBarChart::Row> rows;
    std::array<double, 2> totals {};
    const std::array<const Metrics*, 2> sides { es, ad };
    for (int k = 0; k < stepKindCount; ++k) {
        PairedBarChart::Row row { stepKindTitle(static_cast<StepKind>(k)), std::vector<PairedBarChart::Pair>(1), {} };
        row.figures.resize(1);
        bool any = false;
        for (std::size_t s = 0; s < 2; ++s) {
            if (!sides[s])
                continue;
            const int count = sides[s]->stepsByKind[static_cast<std::size_t>(k)];
            row.values[0][s] = count;
            row.figures[0][s] = TracedFigure::of(TracedFigure::Kind::StepsOfKind, allArchitectures[s],
                Component::OutsideWorld, Component::OutsideWorld, {}, k);
            totals[s] += count;
            any = any || count > 0;
        }
        if (any)
            rows.push_back(std::move(row));
    }
    PairedBarChart::Row total { QObject::tr("All steps"), std::vector<PairedBarChart::Pair>(1), {} };
    for (std::size_t s = 0; s < 2; ++s) {
        if (sides[s])
            total.values[0][s] = totals[s];
    }
    rows.push_back(std::move(total));
    return rows;
}

SyncChainChart::Side syncSide(const Metrics* m)
{
    return m ? SyncChainChart::sideOf(*m) : SyncChainChart::Side {};
}

DependencyMatrixChart::Matrix matrixOf(const Metrics* m)
{
    DependencyMatrixChart::Matrix matrix;
    if (!m)
        return matrix;
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < static_cast<std::size_t>(componentCount); ++i) {
        if (m->components[i].present) {
            indices.push_back(i);
            matrix.components.push_back(static_cast<Component>(i));
        }
    }
    for (std::size_t r : indices) {
        std::vector<int> row;
        for (std::size_t c : indices) {
            row.push_back(m->dependencies[r][c]);
            matrix.maximum = std::max(matrix.maximum, m->dependencies[r][c]);
        }
        matrix.counts.push_back(std::move(row));
    }
    return matrix;
}
// The one-line meaning of a help entry, for tooltips; the page itself has the rest.
QString meaningOf(const QString& anchor)
{
    const HelpTopic* topic = HelpTopics::find(anchor);
    return topic ? MetricsPanel::tr("%1\nHelp → How to read notiflow, or Shift+F1 on a chart, explains it.")
                       .arg(topic->definition)
                 : QString();
}

QString anchorOf(MetricsHeadline::Figure figure)
{
    switch (figure) {
    case MetricsHeadline::Figure::ForeignDomains:
        return QStringLiteral("foreign_domains_in_domain_services");
    case MetricsHeadline::Figure::NotificationRules:
        return QStringLiteral("notification_rules_in_domain_services");
    case MetricsHeadline::Figure::BlockingCalls:
        return QStringLiteral("blocking_calls_per_action");
    case MetricsHeadline::Figure::Dependencies:
        return QStringLiteral("dependencies_by_kind");
    }
    return {};
}
} // namespace

MetricsPanel::MetricsPanel(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    auto coupling = std::make_unique<PairedBarChart>(tr("Coupling per component"));
    coupling->setMeasures({
        { tr("Ce: depends on"), tr("Efferent coupling: distinct components it depends on"), 0, 0 },
        { tr("Ca: depended on by"), tr("Afferent coupling: distinct components that depend on it"), 0, 0 },
        { tr("Instability Ce/(Ca+Ce)"), tr("0 = only depended on (stable), 1 = only depends on others"), 1.0, 2 },
    });
    m_coupling = new ChartWidget(std::move(coupling));
    m_foreignDomains = new ChartWidget(DataRulesCharts::makeForeignDomainsChart());
    m_ruleImpact = new ChartWidget(DataRulesCharts::makeRuleImpactChart());
    auto kinds = std::make_unique<PairedBarChart>(tr("Messages by kind"));
    kinds->setMeasures({ { tr("Steps of this kind"), tr("Number of recorded steps of this kind"), 0, 0 } });
    m_stepKinds = new ChartWidget(std::move(kinds));
    m_syncChain = new ChartWidget(std::make_unique<SyncChainChart>());
    m_matrix = new ChartWidget(std::make_unique<DependencyMatrixChart>());

    // What the architectures are compared for leads the dock: a small table, figure by architecture.
    auto* headline = new QWidget(this);
    m_headline = new QGridLayout(headline);
    m_headline->setContentsMargins(0, 2, 0, 2);
    m_headline->setHorizontalSpacing(12);
    for (Architecture a : allArchitectures) {
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(architectureTitle(a).toHtmlEscaped()), headline);
        m_headline->addWidget(title, 0, 1 + static_cast<int>(a));
    }
    int row = 1;
    for (MetricsHeadline::Figure f : MetricsHeadline::figures) {
        auto* name = new QLabel(MetricsHeadline::label(f), headline);
        name->setToolTip(meaningOf(anchorOf(f)));
        name->setWordWrap(true);
        m_headline->addWidget(name, row, 0);
        for (int column = 1; column <= 2; ++column) {
            auto* value = new QLabel(headline);
            value->setWordWrap(true);
            value->setTextFormat(Qt::PlainText);
            value->setToolTip(name->toolTip());
            if (f != MetricsHeadline::Figure::Dependencies) { // the others trace to steps: a click highlights them
                value->setCursor(Qt::PointingHandCursor);
                value->setToolTip(tr("%1\nClick to highlight the steps behind it.").arg(name->toolTip()));
                value->installEventFilter(this);
            }
            m_headline->addWidget(value, row, column);
        }
        ++row;
    }
    m_headline->setColumnStretch(1, 1);
    m_headline->setColumnStretch(2, 1);

    const std::pair<ChartWidget*, const char*> anchors[] = { { m_coupling, "efferent" },
        { m_foreignDomains, "foreign_domains" }, { m_ruleImpact, "rules" }, { m_stepKinds, "messages_by_kind" },
        { m_syncChain, "availability_ceiling" }, { m_matrix, "dependency_matrix" } };
    for (const auto& [chart, anchor] : anchors) {
        chart->setHelpAnchor(QString::fromLatin1(anchor));
        connect(chart, &ChartWidget::figureClicked, this, &MetricsPanel::figureClicked);
    }

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Metrics heading"));

    addTab(tr("Coupling"), tr("Efferent and afferent coupling and instability per component"),
        tr("Ce counts the components each one depends on; Ca the components that depend on it. The lesson is "
           "where the dependencies sit, not the totals."),
        { m_coupling });
    addTab(tr("Data && rules"),
        tr("Foreign data domains each service queried, and which component evaluated each rule"),
        tr("A query into a data domain a service does not own is a cross-domain dependency. The component that "
           "evaluated a rule is the one that must change when the rule changes."),
        { m_foreignDomains, m_ruleImpact });
    addTab(tr("Messages"), tr("Steps by kind, synchronous chain depth and availability ceiling"),
        tr("What one business event costs in messages, and how many components the trigger waits on: each at "
           "99.9% availability, so a longer chain lowers the ceiling."),
        { m_stepKinds, m_syncChain });
    addTab(tr("Matrix"), tr("Dependency structure matrix with step counts"),
        tr("Each cell counts the steps through which the row's component depends on the column's (calls it, "
           "queries it, or subscribes to its events)."),
        { m_matrix });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(headline);
    layout->addWidget(m_tabs, 1);

    connect(m_session, &ReplaySession::comparisonChanged, this, &MetricsPanel::updateFromComparison);
    updateFromComparison();
}

QWidget* MetricsPanel::addTab(const QString& title, const QString& toolTip, const QString& explanation,
    std::initializer_list<ChartWidget*> charts)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* text = new QLabel(explanation, page);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    for (ChartWidget* chart : charts) {
        auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(chart->chart()->title().toHtmlEscaped()), page);
        heading->setToolTip(meaningOf(chart->helpAnchor()));
        layout->addWidget(heading);
        layout->addWidget(chart);
        chart->setParent(page);
        chart->setToolTip(QString()); // tooltips come from the chart, per bar or cell
    }
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    const int index = m_tabs->addTab(scroll, title);
    m_tabs->setTabToolTip(index, toolTip);
    scroll->setAccessibleName(QString(title).replace(QStringLiteral("&&"), QStringLiteral("&")));
    return scroll;
}

void MetricsPanel::updateFromComparison()
{
    const Comparison* cmp = m_session->comparison();
    const Metrics* es = cmp ? &cmp->eventSourced.metrics : nullptr;
    const Metrics* ad = cmp ? &cmp->apiDriven.metrics : nullptr;
    m_heading->setText(cmp
            ? tr("Whole-run metrics of “%1”, computed by the engine from the recorded steps. Click a chip, a "
                 "bar, a cell or a box to highlight the steps behind it.")
                  .arg(toQString(cmp->scenario.title))
            : tr("No scenario loaded."));
    for (std::size_t f = 0; f < MetricsHeadline::figures.size(); ++f) {
        for (Architecture a : allArchitectures) {
            auto* value = static_cast<QLabel*>(
                m_headline->itemAtPosition(static_cast<int>(f) + 1, 1 + static_cast<int>(a))->widget());
            value->setText(cmp ? MetricsHeadline::value(MetricsHeadline::figures[f], cmp->run(a).metrics) : QString());
        }
    }

    chartOf<PairedBarChart>(m_coupling).setRows(couplingRows(es, ad));
    chartOf<ChipGridChart>(m_foreignDomains).setRows(DataRulesCharts::foreignDomainRows(es, ad));
    chartOf<ChipGridChart>(m_ruleImpact).setRows(DataRulesCharts::ruleImpactRows(es, ad));
    chartOf<PairedBarChart>(m_stepKinds).setRows(stepKindRows(es, ad));
    chartOf<SyncChainChart>(m_syncChain).setSide(Architecture::EventSourced, syncSide(es));
    chartOf<SyncChainChart>(m_syncChain).setSide(Architecture::ApiDriven, syncSide(ad));
    chartOf<DependencyMatrixChart>(m_matrix).setMatrix(Architecture::EventSourced, matrixOf(es));
    chartOf<DependencyMatrixChart>(m_matrix).setMatrix(Architecture::ApiDriven, matrixOf(ad));
    for (ChartWidget* w : { m_coupling, m_foreignDomains, m_ruleImpact, m_stepKinds, m_syncChain, m_matrix })
        w->chartChanged();
}

QStringList MetricsPanel::headlineRows() const
{
    QStringList rows;
    for (int r = 1; r < m_headline->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < 3; ++c)
            cells << static_cast<QLabel*>(m_headline->itemAtPosition(r, c)->widget())->text();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

QSize MetricsPanel::sizeHint() const
{
    int charts = 0;
    for (const ChartWidget* chart : chartWidgets())
        charts = std::max(charts, chart->sizeHint().width());
    // Around a chart: its page's margins, the page's scroll bar, the tab widget's frame and this panel's margins.
    const QMargins page = m_tabs->widget(0) && static_cast<QScrollArea*>(m_tabs->widget(0))->widget()->layout()
        ? static_cast<QScrollArea*>(m_tabs->widget(0))->widget()->layout()->contentsMargins()
        : QMargins();
    const int chrome = page.left() + page.right() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + layout()->contentsMargins().left()
        + layout()->contentsMargins().right();
    const QSize hint = QWidget::sizeHint();
    return QSize(std::max(hint.width(), charts + chrome), hint.height());
}

std::optional<TracedFigure> MetricsPanel::headlineFigure(int row, Architecture side) const
{
    const Comparison* cmp = m_session->comparison();
    if (!cmp || row < 1 || row > static_cast<int>(MetricsHeadline::figures.size()))
        return std::nullopt;
    TracedFigure figure = TracedFigure::of(TracedFigure::Kind::ForeignDomains, side);
    switch (MetricsHeadline::figures[static_cast<std::size_t>(row - 1)]) {
    case MetricsHeadline::Figure::ForeignDomains:
        figure.kind = TracedFigure::Kind::ForeignDomains;
        return figure;
    case MetricsHeadline::Figure::NotificationRules:
        figure.kind = TracedFigure::Kind::NotificationRules;
        return figure;
    case MetricsHeadline::Figure::BlockingCalls: {
        // The figure is the largest fan-out of any action: that action's calls.
        const auto& calls = cmp->run(side).metrics.blockingCallsPerAction;
        const auto most = std::max_element(calls.begin(), calls.end(),
            [](const ActionCalls& a, const ActionCalls& b) { return a.blockingCalls < b.blockingCalls; });
        if (most == calls.end())
            return std::nullopt;
        figure.kind = TracedFigure::Kind::BlockingCalls;
        figure.index = most->action;
        return figure;
    }
    case MetricsHeadline::Figure::Dependencies:
        break;
    }
    return std::nullopt;
}

bool MetricsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const int index = m_headline->indexOf(qobject_cast<QWidget*>(watched));
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        if (index >= 0) {
            m_headline->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            if (const auto figure = headlineFigure(row, allArchitectures[static_cast<std::size_t>(column - 1)])) {
                Q_EMIT figureClicked(*figure);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsPanel::setSelectedFigure(const std::optional<TracedFigure>& figure)
{
    for (ChartWidget* w : chartWidgets()) {
        w->chart()->setSelectedFigure(figure);
        w->update();
    }
}

QList<ChartWidget*> MetricsPanel::chartWidgets() const
{
    return { m_coupling, m_foreignDomains, m_ruleImpact, m_stepKinds, m_syncChain, m_matrix };
}

const PairedBarChart& MetricsPanel::couplingChart() const
{
    return chartOf<PairedBarChart>(m_coupling);
}

const ChipGridChart& MetricsPanel::foreignDomainsChart() const
{
    return chartOf<ChipGridChart>(m_foreignDomains);
}

const ChipGridChart& MetricsPanel::ruleImpactChart() const
{
    return chartOf<ChipGridChart>(m_ruleImpact);
}

const SyncChainChart& MetricsPanel::syncChainChart() const
{
    return chartOf<SyncChainChart>(m_syncChain);
}
const DependencyMatrixChart& MetricsPanel::dependencyMatrix() const
{
    return chartOf<DependencyMatrixChart>(m_matrix);
}

} // namespace notiflow::ui
