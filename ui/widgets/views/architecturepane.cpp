#include "widgets/views/architecturepane.h"

#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "painting/style/stepstyle.h"
#include "painting/style/zoomlevel.h"
#include "widgets/views/elidedlabel.h"
#include "widgets/views/flowview.h"
#include "widgets/views/timelineview.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace notiflow::ui {

ArchitecturePane::ArchitecturePane(ReplaySession* session, Architecture side, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_side(side)
{
    const QString name = QString::fromUtf8(architectureName(side).data());
    setAccessibleName(tr("%1 architecture").arg(name));

    m_title = new QLabel(name, this);
    m_title->setAccessibleName(tr("Architecture"));

    m_subtitle = new ElidedLabel(this); // elided rather than cut when zoomed text meets a narrow pane
    m_subtitle->setFullText(architectureRole(side));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setAccessibleName(tr("Who decides"));
    m_subtitle->setMinimumWidth(40);

    m_counter = new QLabel(this);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setAccessibleName(tr("%1 step counter").arg(name));
    m_counter->setToolTip(tr("The step shown on this side, out of all the steps this architecture took"));

    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_title);
    header->addWidget(m_subtitle, 1, Qt::AlignBaseline);
    header->addWidget(m_counter);

    m_flow = new FlowView(session, side, this);
    m_timeline = new TimelineView(session, side, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_flow);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(m_splitter);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAccessibleName(tr("%1 narration").arg(name));
    m_caption->setToolTip(tr("What the current step does, in one sentence"));
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(frame, 1);
    layout->addWidget(m_caption);

    applyFonts();

    connect(session, &ReplaySession::comparisonChanged, this, [this] {
        m_shownStep = -2;
        updateCaption();
    });
    connect(session, &ReplaySession::playheadChanged, this, &ArchitecturePane::updateCaption);
    updateCaption();
}

void ArchitecturePane::setZoom(qreal zoom, qreal captionScale)
{
    zoom = ZoomLevel::clamp(zoom);
    if (qFuzzyCompare(zoom, m_zoom) && qFuzzyCompare(captionScale, m_captionScale))
        return;
    m_zoom = zoom;
    m_captionScale = captionScale;
    applyFonts();
}

QFont ArchitecturePane::captionFont() const
{
    return m_caption->font();
}

void ArchitecturePane::applyFonts()
{
    // Derived from the pane's own font each time, so that zooming in and out never compounds rounding.
    const QFont base = font();
    QFont title = ZoomLevel::scaledFont(base, 1.3 * m_zoom);
    title.setBold(true);
    m_title->setFont(title);
    QFont subtitle = ZoomLevel::scaledFont(base, m_zoom);
    subtitle.setBold(m_noteShown);
    m_subtitle->setFont(subtitle);
    m_counter->setFont(ZoomLevel::scaledFont(base, m_zoom));
    m_caption->setFont(ZoomLevel::scaledFont(base, m_zoom * m_captionScale));
    // Lines reserved: the layout does not jump as captions of different lengths come and go. Large captions
    // wrap more, so they get a third line.
    const int lines = m_captionScale > 1.0 ? 3 : 2;
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).lineSpacing() * lines + 4);
    m_flow->setZoom(m_zoom);
    m_timeline->setZoom(m_zoom);
}

void ArchitecturePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void ArchitecturePane::setHighlightNote(const QString& note)
{
    m_subtitle->setFullText(note.isEmpty() ? architectureRole(m_side) : note);
    // The note in the highlight colour, as the highlighted steps are drawn; the role line muted, as before.
    m_subtitle->setForegroundRole(note.isEmpty() ? QPalette::PlaceholderText : QPalette::Highlight);
    m_noteShown = !note.isEmpty();
    applyFonts();
}

QString ArchitecturePane::subtitleText() const
{
    return m_subtitle->toolTip().isEmpty() ? m_subtitle->text() : m_subtitle->toolTip();
}

QString ArchitecturePane::captionText() const
{
    return m_caption->text();
}

QString ArchitecturePane::counterText() const
{
    return m_counter->text();
}

void ArchitecturePane::updateCaption()
{
    const Comparison* cmp = m_session->comparison();
    const int step = m_session->currentStep(m_side);
    if (step == m_shownStep)
        return;
    m_shownStep = step;
    const int total = cmp ? static_cast<int>(cmp->run(m_side).steps.size()) : 0;
    m_counter->setText(tr("step %1 / %2").arg(step + 1).arg(total));
    if (!cmp) {
        m_caption->clear();
        return;
    }
    if (step < 0) {
        m_caption->setText(tr("Ready: press Space to play, or → to take one step."));
        return;
    }
    m_caption->setText(QString::fromStdString(cmp->run(m_side).text(step).caption));
}

} // namespace notiflow::ui
