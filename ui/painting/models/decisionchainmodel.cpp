// Builds the chain by filtering the run's records on the subject; the verdicts are the engine's, shown as recorded.
#include "painting/models/decisionchainmodel.h"

#include "painting/style/displaytext.h"
#include "painting/style/panelpalette.h"

#include <QFont>
#include <QGuiApplication>
#include <algorithm>

namespace notiflow::ui {

DecisionChainModel::DecisionChainModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DecisionChainModel::setRun(std::shared_ptr<const Run> run)
{
    m_run = std::move(run);
    rebuild();
}

void DecisionChainModel::setSubject(const QString& subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    rebuild();
}

void DecisionChainModel::setCurrentStep(int step)
{
    if (step == m_currentStep)
        return;
    const int before = m_currentStep;
    m_currentStep = step;
    // Only rows whose step lies between the old and new playhead change their upcoming mark.
    const int low = std::min(before, step);
    const int high = std::max(before, step);
    int first = -1;
    int last = -1;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const int s = m_rows[static_cast<std::size_t>(i)].step;
        if (s > low && s <= high) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void DecisionChainModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_run && !m_subject.isEmpty()) {
        const std::string subject = m_subject.toStdString();
        for (std::size_t i = 0; i < m_run->decisions.size(); ++i) {
            const Decision& d = m_run->decisions[i];
            if (d.subject == subject)
                m_rows.push_back({ DecisionRow, static_cast<int>(i), d.step });
        }
        bool sent = false;
        for (std::size_t i = 0; i < m_run->notifications.size(); ++i) {
            const SentNotification& n = m_run->notifications[i];
            if (n.customerId == subject) {
                m_rows.push_back({ MessageRow, static_cast<int>(i), n.step });
                sent = true;
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.step < b.step; });
        if (!sent) {
            const int lastStep = m_run->steps.empty() ? -1 : static_cast<int>(m_run->steps.size()) - 1;
            m_rows.push_back({ NoMessageRow, -1, lastStep });
        }
    }
    endResetModel();
}

QStringList DecisionChainModel::decidingComponents() const
{
    QStringList names;
    for (const Row& row : m_rows) {
        if (row.kind != DecisionRow)
            continue;
        const QString name = componentTitle(m_run->decisions[static_cast<std::size_t>(row.item)].component);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

int DecisionChainModel::decisionCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.kind == DecisionRow; }));
}

int DecisionChainModel::messageCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.kind == MessageRow; }));
}

int DecisionChainModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DecisionChainModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionChainModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()) || !m_run)
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool upcoming = row.step > m_currentStep;
    const Decision* decision
        = row.kind == DecisionRow ? &m_run->decisions[static_cast<std::size_t>(row.item)] : nullptr;
    const SentNotification* message
        = row.kind == MessageRow ? &m_run->notifications[static_cast<std::size_t>(row.item)] : nullptr;
    // The sender of a message is the component that left it on the channel: the Send step's origin.
    const auto sender = [&]() -> std::optional<notiflow::Component> {
        if (message && message->step >= 0 && message->step < static_cast<int>(m_run->steps.size()))
            return m_run->steps[static_cast<std::size_t>(message->step)].from;
        return std::nullopt;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResultColumn:
            if (decision)
                return decision->passed ? tr("Passed") : tr("Failed");
            return message ? tr("Sent") : tr("No message");
        case ReasonColumn:
            if (decision)
                return decision->reason.empty() ? humanizeId(decision->rule.str()) : toQString(decision->reason.str());
            if (message) {
                return tr("%1 by %2 to %3")
                    .arg(notificationTypeTitle(message->type), channelTitle(message->channel).toLower(),
                        toQString(message->recipient));
            }
            return tr("Nothing was sent to %1 in this run").arg(m_subject);
        case ComponentColumn:
            if (decision)
                return componentTitle(decision->component);
            if (auto c = sender())
                return componentTitle(*c);
            return {};
        case RuleColumn:
            return decision ? toQString(decision->rule.str()) : QVariant();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn) {
            return icon(row.kind, decision && decision->passed);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip;
        if (decision) {
            tip = tr("Rule %1, checked by %2 at step %3: %4")
                      .arg(toQString(decision->rule.str()), componentTitle(decision->component))
                      .arg(decision->step + 1)
                      .arg(decision->passed ? tr("passed") : tr("failed"));
        } else if (message) {
            tip = tr("Sent at step %1").arg(message->step + 1);
        } else {
            tip = tr("No message reached this customer");
        }
        if (upcoming && row.kind != NoMessageRow)
            tip += tr(" (not yet played)");
        return tip;
    }
    case Qt::FontRole:
        if (upcoming && row.kind != NoMessageRow) {
            QFont font;
            font.setItalic(true); // later than the playhead; the tooltip says so in words
            return font;
        }
        if (index.column() == ResultColumn && row.kind != DecisionRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (upcoming && row.kind != NoMessageRow)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ResultColumn) {
            QString text = data(index, Qt::DisplayRole).toString();
            return upcoming && row.kind != NoMessageRow ? tr("%1, not yet played").arg(text) : text;
        }
        break;
    case RowKindRole:
        return row.kind;
    case PassedRole:
        return decision ? QVariant(decision->passed) : QVariant();
    case StepRole:
        return row.step;
    case RuleRole:
        return decision ? toQString(decision->rule.str()) : QVariant();
    case ComponentIdRole:
        if (decision)
            return toQString(componentId(decision->component));
        if (auto c = sender())
            return toQString(componentId(*c));
        return {};
    case UpcomingRole:
        return upcoming;
    case ItemRole:
        return row.kind == NoMessageRow ? -1 : row.item;
    }
    return {};
}

const QIcon& DecisionChainModel::icon(RowKind kind, bool passed) const
{
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != m_iconPalette) {
        const PanelPalette colors(palette);
        m_icons = { colors.passedIcon(), colors.failedIcon(), colors.messageIcon(), colors.noMessageIcon() };
        m_iconPalette = palette.cacheKey();
    }
    switch (kind) {
    case DecisionRow:
        return m_icons[passed ? 0 : 1];
    case MessageRow:
        return m_icons[2];
    case NoMessageRow:
        break;
    }
    return m_icons[3];
}

QVariant DecisionChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case ResultColumn:
        return tip ? tr("Passed or failed, or the message that resulted") : tr("Result");
    case ReasonColumn:
        return tip ? tr("Why, as the deciding component recorded it") : tr("Decision");
    case ComponentColumn:
        return tip ? tr("The component that made the decision or sent the message") : tr("Checked by");
    case RuleColumn:
        return tip ? tr("The rule's stable id, as in the Metrics panel") : tr("Rule");
    }
    return {};
}

} // namespace notiflow::ui
