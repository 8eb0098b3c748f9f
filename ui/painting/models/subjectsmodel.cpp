#include "painting/models/subjectsmodel.h"

#include "painting/style/displaytext.h"
#include "scenariorunner.h"

#include <map>
#include <string>

namespace notiflow::ui {

SubjectsModel::SubjectsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SubjectsModel::setComparison(const Comparison* comparison)
{
    // Every subject either run decided about or sent to; an email address is preferred to a phone number.
    std::map<std::string, std::string> recipients;
    if (comparison) {
        for (const Architecture arch : allArchitectures) {
            const Run& run = comparison->run(arch);
            for (const Decision& d : run.decisions)
                recipients.try_emplace(d.subject);
            for (const SentNotification& n : run.notifications) {
                std::string& recipient = recipients[n.customerId];
                if (recipient.empty() || n.channel == Channel::Email)
                    recipient = n.recipient;
            }
        }
    }
    beginResetModel();
    m_subjects.clear();
    m_subjects.reserve(recipients.size());
    for (const auto& [id, recipient] : recipients) {
        if (id.empty())
            continue;
        QString key = toQString(id);
        QString shown = recipient.empty() ? key : key + QStringLiteral(" · ") + toQString(recipient);
        m_subjects.push_back({ std::move(key), std::move(shown) });
    }
    endResetModel();
}

int SubjectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_subjects.size());
}

QVariant SubjectsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Subject& subject = m_subjects[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return subject.shown;
    case KeyRole:
        return subject.key;
    default:
        return {};
    }
}

} // namespace notiflow::ui
