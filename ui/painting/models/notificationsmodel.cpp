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

void NotificationsModel::setRun(std::shared_ptr<const Run> run)
{
    beginResetModel();
    m_run = std::move(run);
    m_rows = m_run ? sentUpTo(*m_run, m_currentStep) : 0;
    endResetModel();
}

void NotificationsModel::setCurrentStep(int step)
{
    m_currentStep = step;
    if (!m_run)
        return;
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
}

const SentNotification* NotificationsModel::notification(const QModelIndex& index) const
{
    if (!m_run || !index.isValid() || index.model() != this || index.row() >= m_rows)
        return nullptr;
    return &m_run->notifications[static_cast<std::size_t>(index.row())];
}

int NotificationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
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
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*n, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RecipientColumn)
            return tr("Customer %1: click to see why in the Why panel").arg(toQString(n->customerId));
        return sms ? toQString(n->body) : toQString(n->subject) + QStringLiteral("\n\n") + toQString(n->body);
    case Qt::FontRole:
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
        return n->step;
    case SearchTextRole:
        return QStringList { notificationTypeTitle(n->type), toQString(notificationTypeId(n->type)),
            channelTitle(n->channel), toQString(n->recipient), toQString(n->customerId), toQString(n->subject),
            toQString(n->body) }
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
    case SubjectColumn:
        return role == Qt::DisplayRole ? tr("Subject") : tr("Email subject, or the text of an SMS (in italics)");
    }
    return {};
}

} // namespace notiflow::ui
