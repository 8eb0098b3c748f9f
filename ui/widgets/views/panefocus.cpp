#include "widgets/views/panefocus.h"

#include "painting/session/debugstepper.h"
#include "widgets/views/architecturepane.h"
#include "widgets/views/flowview.h"
#include "widgets/views/panefocusframe.h"

#include <QApplication>
#include <QEvent>

namespace notiflow::ui {

PaneFocus::PaneFocus(DebugStepper* stepper, ArchitecturePane* eventSourced, ArchitecturePane* apiDriven)
    : QObject(stepper)
    , m_stepper(stepper)
{
    m_panes[Architecture::EventSourced] = eventSourced;
    m_panes[Architecture::ApiDriven] = apiDriven;
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        ArchitecturePane* pane = m_panes[side];
        // The frame goes around the pane's views (the frame that holds the flow view's splitter), not over its text.
        QWidget* views = pane->flowView()->parentWidget() ? pane->flowView()->parentWidget()->parentWidget() : pane;
        m_frames[side] = new PaneFocusFrame(views ? views : pane);
        m_frames[side]->setToolTip(tr("The focused pane: step over, step out and next notification act on it"));
        watch(pane, side);
    }
    // Tabbing into a pane focuses it too.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
            if (now && (now == m_panes[side] || m_panes[side]->isAncestorOf(now)))
                m_stepper->setFocusedSide(side);
        }
    });
    connect(stepper, &DebugStepper::focusedSideChanged, this, &PaneFocus::updateMarks);
    updateMarks();
}

void PaneFocus::watch(QWidget* widget, Architecture side)
{
    widget->installEventFilter(this);
    widget->setProperty("notiflowPaneSide", static_cast<int>(side));
    for (QWidget* child : widget->findChildren<QWidget*>()) {
        child->installEventFilter(this);
        child->setProperty("notiflowPaneSide", static_cast<int>(side));
    }
}

bool PaneFocus::isMarked(Architecture side) const
{
    return m_frames[side]->isVisible();
}

bool PaneFocus::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (const QVariant side = watched->property("notiflowPaneSide"); side.isValid())
            m_stepper->setFocusedSide(static_cast<Architecture>(side.toInt()));
        break;
    case QEvent::Show:
    case QEvent::Hide:
        if (watched == m_panes[Architecture::EventSourced] || watched == m_panes[Architecture::ApiDriven])
            updateMarks();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void PaneFocus::updateMarks()
{
    const bool esShown = !m_panes[Architecture::EventSourced]->isHidden();
    const bool adShown = !m_panes[Architecture::ApiDriven]->isHidden();
    // One pane alone is the one the moves act on.
    if (esShown != adShown)
        m_stepper->setFocusedSide(esShown ? Architecture::EventSourced : Architecture::ApiDriven);
    for (const Architecture side : { Architecture::EventSourced, Architecture::ApiDriven }) {
        m_frames[side]->setVisible(esShown && adShown && side == m_stepper->focusedSide());
        m_frames[side]->raise();
    }
}

} // namespace notiflow::ui
