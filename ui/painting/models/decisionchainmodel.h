// For one customer (or order) in one run: the rule decisions about them and the messages they got, in step order,
// ending with "no message" when nothing was sent. The rows are Run::decisions and Run::notifications as recorded.
#pragma once

#include "records.h"
#include "run.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace notiflow::ui {

class DecisionChainModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { ResultColumn, ComponentColumn, ReasonColumn, RuleColumn, ColumnCount };
    enum Roles {
        RowKindRole = Qt::UserRole + 1, // a RowKind
        PassedRole, // decisions: the outcome
        StepRole, // the step that recorded the row
        RuleRole, // decisions: the rule id
        ComponentIdRole, // "pricing_service"
        UpcomingRole, // the row's step is after the playhead
        ItemRole, // decisions and messages: the row's index in Run::decisions or Run::notifications; -1 otherwise
    };
    enum RowKind { DecisionRow, MessageRow, NoMessageRow };

    explicit DecisionChainModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const Run> run);
    void setSubject(const QString& subject); // a customer id (or an order id, for order rules)
    void setCurrentStep(int step); // rows after it are marked upcoming
    QString subject() const { return m_subject; }

    // Summary of the chain: the components that decided, and how many messages were sent.
    QStringList decidingComponents() const;
    int decisionCount() const;
    int messageCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        RowKind kind = NoMessageRow;
        int item = -1; // index into Run::decisions or Run::notifications
        int step = -1;
    };
    void rebuild();
    const QIcon& icon(RowKind kind, bool passed) const;

    std::shared_ptr<const Run> m_run;
    QString m_subject;
    int m_currentStep = -1;
    std::vector<Row> m_rows;
    // Drawn icons, redrawn only when the application palette changes.
    mutable qint64 m_iconPalette = -1;
    mutable std::array<QIcon, 4> m_icons;
};

} // namespace notiflow::ui
