// Shows the session's selected step when it is on the chosen side, else that side's current step. The tab follows
// the session when the selection moves to the other architecture, and otherwise stays where the user put it.
#include "widgets/panels/stepdetailspanel.h"

#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "perarchitecture.h"
#include "widgets/panels/jsonhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
// A query can return thousands of records; past this the text view gets sluggish and nobody reads on.
constexpr std::size_t maxDetailChars = 200'000;

QLabel* valueLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

StepDetailsPanel::StepDetailsPanel(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sides(new QTabBar(this))
    , m_mode(new QLabel(this))
    , m_follow(new QToolButton(this))
    , m_stepLine(valueLabel(this, tr("Step")))
    , m_kind(valueLabel(this, tr("Kind")))
    , m_route(valueLabel(this, tr("From and to")))
    , m_label(valueLabel(this, tr("Label")))
    , m_caption(valueLabel(this, tr("Caption")))
    , m_detail(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_detail->document()))
{
    for (Architecture arch : allArchitectures) {
        const int tab = m_sides->addTab(architectureTitle(arch));
        m_sides->setTabToolTip(tab, tr("Show the %1 run's step").arg(architectureTitle(arch).toLower()));
    }
    m_sides->setAccessibleName(tr("Architecture"));
    m_sides->setDrawBase(false);
    m_sides->setExpanding(false);
    connect(m_sides, &QTabBar::currentChanged, this,
        [this](int tab) { showSide(allArchitectures[static_cast<std::size_t>(tab)]); });

    m_mode->setAccessibleName(tr("What is shown"));
    m_follow->setText(tr("Follow playhead"));
    m_follow->setToolTip(tr("Show the current step again instead of the one that was clicked"));
    m_follow->setAccessibleName(tr("Follow playhead"));
    connect(m_follow, &QToolButton::clicked, this, &StepDetailsPanel::followPlayhead);

    auto* top = new QHBoxLayout;
    top->addWidget(m_sides);
    top->addStretch(1);
    top->addWidget(m_mode);
    top->addWidget(m_follow);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_label->setFont(mono);
    m_caption->setMinimumHeight(fontMetrics().height() * 2);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("Step:"), m_stepLine);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("From → to:"), m_route);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Caption:"), m_caption);

    m_detail->setReadOnly(true);
    m_detail->setFont(mono);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setAccessibleName(tr("Step detail (JSON)"));
    m_detail->setToolTip(tr("The step's detail as recorded: event payload, request or response body, or the query "
                            "and the records it returned"));
    m_detail->setPlaceholderText(tr("No detail recorded for this step."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_detail, 1);

    connect(m_session, &ReplaySession::comparisonChanged, this, &StepDetailsPanel::refresh);
    connect(m_session, &ReplaySession::playheadChanged, this, &StepDetailsPanel::refresh);
    connect(m_session, &ReplaySession::selectedStepChanged, this,
        [this](Architecture side) { onSelectedStepChanged(side); });
    m_sessionSide = m_session->selectedSide();
    showSide(m_sessionSide);
    refresh();
}

void StepDetailsPanel::showSide(Architecture side)
{
    m_side = side;
    const QSignalBlocker blocker(m_sides);
    m_sides->setCurrentIndex(static_cast<int>(PerArchitecture<int>::index(side))); // tabs in allArchitectures order
    refresh();
}

void StepDetailsPanel::followPlayhead()
{
    if (m_session->comparison())
        m_session->selectStep(m_side, m_session->currentStep(m_side));
}

void StepDetailsPanel::onSelectedStepChanged(Architecture side)
{
    // A selection on the other architecture is a deliberate pick there (a click, a seek): show that side.
    const bool sideChanged = side != m_sessionSide;
    m_sessionSide = side;
    if (sideChanged && side != m_side)
        showSide(side);
    else
        refresh();
}

int StepDetailsPanel::stepToShow() const
{
    if (!m_session->comparison())
        return -1;
    if (m_session->selectedSide() == m_side && m_session->selectedStep() >= 0)
        return m_session->selectedStep();
    return m_session->currentStep(m_side);
}

bool StepDetailsPanel::isFollowingPlayhead() const
{
    return !m_session->comparison() || stepToShow() == m_session->currentStep(m_side);
}

void StepDetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

void StepDetailsPanel::refresh()
{
    const Comparison* cmp = m_session->comparison();
    const Run* run = cmp ? &cmp->run(m_side) : nullptr;
    int step = stepToShow();
    if (!run || step >= static_cast<int>(run->steps.size()))
        step = -1;

    const bool following = isFollowingPlayhead();
    m_mode->setText(following ? tr("Current step") : tr("Selected step"));
    m_follow->setVisible(!following);
    if (cmp == m_shownComparison && m_side == m_shownSide && step == m_shownStep)
        return;
    m_shownComparison = cmp;
    m_shownSide = m_side;
    m_shownStep = step;

    if (step < 0) {
        m_stepLine->setText(cmp ? tr("Before the first step") : tr("No scenario loaded"));
        for (QLabel* label : { m_kind, m_route, m_label, m_caption })
            label->clear();
        m_detail->clear();
        return;
    }
    const NarratedStep s = run->stepWithText(step); // the text, unpacked for the one step shown
    QString action = tr("action %1").arg(s.action + 1);
    if (s.action >= 0 && s.action < static_cast<int>(cmp->scenario.actions.size()))
        action += QStringLiteral(": ")
            + toQString(describeAction(cmp->scenario.actions[static_cast<std::size_t>(s.action)]));
    m_stepLine->setText(tr("%1 of %2 · %3").arg(step + 1).arg(run->steps.size()).arg(action));
    m_kind->setText(tr("%1 (%2)").arg(stepKindTitle(s.kind), s.synchronous ? tr("synchronous") : tr("asynchronous")));
    m_route->setText(tr("%1 → %2").arg(componentTitle(s.from), componentTitle(s.to)));
    m_label->setText(toQString(s.label));
    m_caption->setText(toQString(s.caption));

    if (s.detail.empty()) {
        m_detail->clear();
        return;
    }
    // The run keeps details as compact text; only the one step shown is parsed and indented.
    std::string text;
    try {
        text = s.detailJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const nlohmann::json::exception&) {
        text = s.detail; // not JSON after all: show it as recorded
    }
    QString shown;
    if (text.size() > maxDetailChars) {
        shown = QString::fromStdString(text.substr(0, maxDetailChars))
            + tr("\n… (the first %1 of %2 characters; the rest is cut for speed)").arg(maxDetailChars).arg(text.size());
    } else {
        shown = QString::fromStdString(text);
    }
    m_detail->setPlainText(shown);
}

QString StepDetailsPanel::headerText() const
{
    return QStringList { m_stepLine->text(), m_kind->text(), m_route->text(), m_label->text(), m_caption->text() }.join(
        QLatin1Char('\n'));
}

QString StepDetailsPanel::detailText() const
{
    return m_detail->toPlainText();
}

} // namespace notiflow::ui
