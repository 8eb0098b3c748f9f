// "Why did this customer get a message, or not?": for the chosen customer, each architecture's chain of rule
// decisions with the component that made each one, and the messages that resulted.
#pragma once

#include "component.h"
#include "painting/session/figuretrace.h"
#include "perarchitecture.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace notiflow::ui {

class DecisionChainModel;
class SubjectsModel;
class ReplaySession;

class WhyPanel final : public QWidget {
    Q_OBJECT
public:
    explicit WhyPanel(ReplaySession* session, QWidget* parent = nullptr);

    DecisionChainModel* model(Architecture side) const { return m_sides[side].model; }
    QComboBox* subjectBox() const { return m_subjects; }
    QString summaryText(Architecture side) const; // the line above a side's chain
    QTreeView* view(Architecture side) const { return m_sides[side].view; }

Q_SIGNALS:
    // A decision or a message row was clicked: the steps behind it can be highlighted.
    void figureClicked(const notiflow::ui::TracedFigure& figure);

private:
    void updateFromComparison();
    void updateFromPlayhead();
    void showSubject(const QString& subject);
    void updateSummaries();
    void chooseFromBox();

    struct Side {
        QLabel* summary = nullptr;
        QTreeView* view = nullptr;
        DecisionChainModel* model = nullptr;
    };

    ReplaySession* m_session;
    QComboBox* m_subjects;
    SubjectsModel* m_subjectsModel;
    PerArchitecture<Side> m_sides;
};

} // namespace notiflow::ui
