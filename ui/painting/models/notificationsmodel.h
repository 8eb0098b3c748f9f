// The notifications one architecture had sent by the playhead: a table that grows and shrinks as the playhead
// moves, found by binary search so that runs with tens of thousands of messages stay instant. In a run with faults
// each row is marked from the outcome the core computed (delayed, with the delay; duplicated), and the notifications
// the fault-free run sent but this one lost follow, struck through, once the work of their action is over.
#pragma once

#include "records.h"
#include "run.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace notiflow::ui {

class NotificationsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { TypeColumn, DeliveryColumn, ChannelColumn, RecipientColumn, SubjectColumn, ColumnCount };
    enum Roles {
        NotificationIndexRole = Qt::UserRole + 1, // index into Run::notifications
        CustomerIdRole,
        SubjectRole, // the subject as sent (empty for SMS)
        BodyRole,
        StepRole, // the Send step that delivered it
        SearchTextRole, // everything a filter may match, on column 0
        MarkRole, // a Mark, as int
        DelayRole, // how many ms later than in the fault-free run (qint64; 0 unless delayed)
    };
    // What the faults did to a row's notification, compared with the fault-free run (Outcome::matches).
    enum class Mark { AsPlanned, Delayed, Duplicated, Lost };

    explicit NotificationsModel(QObject* parent = nullptr);

    // The run is shared so the model stays valid while the session swaps comparisons.
    void setRun(std::shared_ptr<const Run> run);
    const Run* run() const { return m_run.get(); }
    // Shows the notifications whose Send step is at or before `step` (-1: none yet).
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }
    const SentNotification* notification(const QModelIndex& index) const; // a lost one as the baseline sent it
    Mark mark(int row) const;
    int sentRowCount() const { return m_rows; } // rows of sent notifications; the lost ones follow them
    int lostRowCount() const { return m_lostRows; }
    // Whether the run lost, delayed or duplicated anything: the Delivery column says nothing otherwise.
    bool hasMarks() const;

    // What a column shows for `n`, as data() gives it for Qt::DisplayRole.
    static QString displayText(const SentNotification& n, int column);
    // How many of the run's notifications were sent at or before `step`; notifications are in step order.
    static int sentUpTo(const Run& run, int step);
    // Per action, the index of its last step in `run` (-1: none): a lost notification shows from there, when its
    // action's work (retries, redeliveries included) is over. Steps of one action need not be contiguous.
    static std::vector<int> lastSteps(const Run& run); // per action, the index of its last step (-1: none)
    static QString markText(Mark mark, qint64 delayMs); // "delayed +800 ms"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Run> m_run;
    int m_currentStep = -1;
    int m_rows = 0;
    int m_lostRows = 0;
    int lostUpTo(int step) const;
    std::vector<int> m_lostOrder; // indices into outcome.lostNotifications, in the order they show
    std::vector<int> m_lostAt; // per entry of m_lostOrder, the step from which it shows (ascending)
};

} // namespace notiflow::ui
