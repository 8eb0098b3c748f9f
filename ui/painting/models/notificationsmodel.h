// The notifications one architecture had sent by the playhead: a table that grows and shrinks as the playhead
// moves, found by binary search so that runs with tens of thousands of messages stay instant.
#pragma once

#include "records.h"
#include "run.h"

#include <QAbstractTableModel>
#include <memory>

namespace notiflow::ui {

class NotificationsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { TypeColumn, ChannelColumn, RecipientColumn, SubjectColumn, ColumnCount };
    enum Roles {
        NotificationIndexRole = Qt::UserRole + 1, // index into Run::notifications
        CustomerIdRole,
        SubjectRole, // the subject as sent (empty for SMS)
        BodyRole,
        StepRole, // the Send step that delivered it
        SearchTextRole, // everything a filter may match, on column 0
    };

    explicit NotificationsModel(QObject* parent = nullptr);

    // The run is shared so the model stays valid while the session swaps comparisons.
    void setRun(std::shared_ptr<const Run> run);
    const Run* run() const { return m_run.get(); }
    // Shows the notifications whose Send step is at or before `step` (-1: none yet).
    void setCurrentStep(int step);
    int currentStep() const { return m_currentStep; }
    const SentNotification* notification(const QModelIndex& index) const;

    // What a column shows for `n`, as data() gives it for Qt::DisplayRole.
    static QString displayText(const SentNotification& n, int column);
    // How many of the run's notifications were sent at or before `step`; notifications are in step order.
    static int sentUpTo(const Run& run, int step);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Run> m_run;
    int m_currentStep = -1;
    int m_rows = 0;
};

} // namespace notiflow::ui
