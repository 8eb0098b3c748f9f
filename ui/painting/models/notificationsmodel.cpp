// Rows of sent notifications up to the playhead; inserting and removing rows (not resetting) keeps the view's
// selection and scroll position while the playhead moves.
#include "painting/models/notificationsmodel.h"

#include "painting/style/displaytext.h"

#include <QFont>
#include <algorithm>

namespace notiflow::ui {

NotificationsModel::NotificationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int NotificationsModel::sentUpTo(const Run& run, int step)
{
    const auto& sent = run.notifications;
    auto end
        = std::upper_bound(sent.begin(), sent.end(), step, [](int s, const SentNotification& n) { return s < n.step; });
    return static_cast<int>(end - sent.begin());
}

std::vector<int> NotificationsModel::lastSteps(const Run& run)
{
    std::vector<int> last(run.actionFirstStep.size(), -1);
    for (std::size_t i = 0; i < run.steps.size(); ++i) {
        const auto action = static_cast<std::size_t>(run.steps[i].action);
        if (action < last.size())
            last[action] = static_cast<int>(i);
    }
    return last;
}

void NotificationsModel::setRun(std::shared_ptr<const Run> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_lostOrder.clear();
    m_lostAt.clear();
    if (m_run) {
        const std::vector<int> last = lastSteps(*m_run);
        const auto& lost = m_run->outcome.lostNotifications;
        for (std::size_t i = 0; i < lost.size(); ++i)
            m_lostOrder.push_back(static_cast<int>(i));
        const auto shownFrom = [&](int i) {
            const auto action = static_cast<std::size_t>(lost[static_cast<std::size_t>(i)].action);
            // An action this run never started (its trigger failed before it) shows its losses at the end.
            return action < last.size() && last[action] >= 0 ? last[action] : static_cast<int>(m_run->steps.size()) - 1;
        };
        std::stable_sort(
            m_lostOrder.begin(), m_lostOrder.end(), [&](int a, int b) { return shownFrom(a) < shownFrom(b); });
        for (int i : m_lostOrder)
            m_lostAt.push_back(shownFrom(i));
    }
    m_rows = m_run ? sentUpTo(*m_run, m_currentStep) : 0;
    m_lostRows = m_run ? lostUpTo(m_currentStep) : 0;
    endResetModel();
}

int NotificationsModel::lostUpTo(int step) const
{
    return static_cast<int>(std::upper_bound(m_lostAt.begin(), m_lostAt.end(), step) - m_lostAt.begin());
}

void NotificationsModel::setCurrentStep(int step)
{
    m_currentStep = step;
    if (!m_run)
        return;
    // Sent rows first (the lost rows follow them), then the lost rows at the end.
    const int rows = sentUpTo(*m_run, step);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    const int lost = lostUpTo(step);
    if (lost > m_lostRows) {
        beginInsertRows({}, m_rows + m_lostRows, m_rows + lost - 1);
        m_lostRows = lost;
        endInsertRows();
    } else if (lost < m_lostRows) {
        beginRemoveRows({}, m_rows + lost, m_rows + m_lostRows - 1);
        m_lostRows = lost;
        endRemoveRows();
    }
}

const SentNotification* NotificationsModel::notification(const QModelIndex& index) const
{
    if (!m_run || !index.isValid() || index.model() != this || index.row() >= m_rows + m_lostRows)
        return nullptr;
    if (index.row() < m_rows)
        return &m_run->notifications[static_cast<std::size_t>(index.row())];
    const int lost = m_lostOrder[static_cast<std::size_t>(index.row() - m_rows)];
    return &m_run->outcome.lostNotifications[static_cast<std::size_t>(lost)];
}

NotificationsModel::Mark NotificationsModel::mark(int row) const
{
    if (!m_run || row < 0 || row >= m_rows + m_lostRows)
        return Mark::AsPlanned;
    if (row >= m_rows)
        return Mark::Lost;
    const auto& matches = m_run->outcome.matches;
    if (static_cast<std::size_t>(row) >= matches.size())
        return Mark::AsPlanned; // a run without an outcome (built by hand)
    const Outcome::Match& m = matches[static_cast<std::size_t>(row)];
    if (m.baseline < 0)
        return Mark::Duplicated;
    return m.delayMs > 0 ? Mark::Delayed : Mark::AsPlanned;
}

bool NotificationsModel::hasMarks() const
{
    return m_run && (m_run->outcome.lost > 0 || m_run->outcome.delayed > 0 || m_run->outcome.duplicated > 0);
}

QString NotificationsModel::markText(Mark mark, qint64 delayMs)
{
    switch (mark) {
    case Mark::AsPlanned:
        return {};
    case Mark::Delayed:
        return tr("delayed +%1 ms").arg(delayMs);
    case Mark::Duplicated:
        return tr("duplicate");
    case Mark::Lost:
        return tr("lost");
    }
    return {};
}

int NotificationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows + m_lostRows;
}

int NotificationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationsModel::displayText(const SentNotification& n, int column)
{
    switch (column) {
    case TypeColumn:
        return notificationTypeTitle(n.type);
    case ChannelColumn:
        return channelTitle(n.channel);
    case RecipientColumn:
        return toQString(n.recipient);
    case SubjectColumn:
        // An SMS has no subject; its text stands in, so the column is never blank.
        return n.channel == notiflow::Channel::Sms ? toQString(n.body).simplified() : toQString(n.subject);
    }
    return {};
}

QVariant NotificationsModel::data(const QModelIndex& index, int role) const
{
    const SentNotification* n = notification(index);
    if (!n)
        return {};
    const bool sms = n->channel == notiflow::Channel::Sms;
    const Mark rowMark = mark(index.row());
    const qint64 delay
        = rowMark == Mark::Delayed ? qint64(m_run->outcome.matches[static_cast<std::size_t>(index.row())].delayMs) : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DeliveryColumn)
            return markText(rowMark, delay);
        return displayText(*n, index.column());
    case Qt::ToolTipRole:
        if (rowMark == Mark::Lost)
            return tr("Lost: the run without faults sent this at %1 ms; this run never did.").arg(n->atMs);
        if (index.column() == DeliveryColumn && rowMark == Mark::Delayed)
            return tr("Sent at %1 ms, %2 ms later than in the run without faults.").arg(n->atMs).arg(delay);
        if (index.column() == DeliveryColumn && rowMark == Mark::Duplicated)
            return tr("Sent once more than in the run without faults: the customer gets it again.");
        if (index.column() == RecipientColumn)
            return tr("Customer %1: click to see why in the Why panel").arg(toQString(n->customerId));
        return sms ? toQString(n->body) : toQString(n->subject) + QStringLiteral("\n\n") + toQString(n->body);
    case Qt::FontRole:
        if (rowMark == Mark::Lost) {
            QFont font;
            font.setStrikeOut(true); // what the customer would have got, and did not
            return font;
        }
        if (index.column() == DeliveryColumn && rowMark != Mark::AsPlanned) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == RecipientColumn) {
            QFont font;
            font.setUnderline(true); // clickable, like a link
            return font;
        }
        if (index.column() == SubjectColumn && sms) {
            QFont font;
            font.setItalic(true); // the SMS text, not a subject
            return font;
        }
        break;
    case NotificationIndexRole:
        return index.row();
    case CustomerIdRole:
        return toQString(n->customerId);
    case SubjectRole:
        return toQString(n->subject);
    case BodyRole:
        return toQString(n->body);
    case StepRole:
        return rowMark == Mark::Lost ? -1 : n->step; // a lost one has no step in this run
    case MarkRole:
        return static_cast<int>(rowMark);
    case DelayRole:
        return delay;
    case SearchTextRole:
        return QStringList { notificationTypeTitle(n->type), toQString(notificationTypeId(n->type)),
            channelTitle(n->channel), toQString(n->recipient), toQString(n->customerId), toQString(n->subject),
            toQString(n->body), markText(rowMark, delay) }
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case TypeColumn:
        return role == Qt::DisplayRole ? tr("Type") : tr("Kind of notification");
    case ChannelColumn:
        return role == Qt::DisplayRole ? tr("Channel") : tr("Email or SMS");
    case RecipientColumn:
        return role == Qt::DisplayRole ? tr("Recipient") : tr("Email address or phone number; click to see why");
    case DeliveryColumn:
        return role == Qt::DisplayRole ? tr("Delivery")
                                       : tr("Compared with the run without faults: delayed (by how much), duplicate, "
                                            "or lost (struck through)");
    case SubjectColumn:
        return role == Qt::DisplayRole ? tr("Subject") : tr("Email subject, or the text of an SMS (in italics)");
    }
    return {};
}

} // namespace notiflow::ui
