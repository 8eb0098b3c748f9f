#include "painting/session/changecatalog.h"

#include "changeimpact.h"
#include "io/changeloader.h"
#include "scenariorunner.h"

#include <QDir>
#include <QFile>
#include <algorithm>

static void initChangeResources()
{
    Q_INIT_RESOURCE(notiflow);
}

namespace notiflow::ui {

namespace {
// Built-in changes in the order of the issue that asked for them (simplest first), then the rest by name.
int builtinRank(const std::string& id)
{
    static const std::vector<std::string> order { "notify-silver-price-drop", "complete-after-delivery",
        "sms-quiet-hours", "items-in-shipped-email", "add-push-channel", "wishlist-price-drop",
        "payment-failed-retry-date" };
    return static_cast<int>(std::find(order.begin(), order.end(), id) - order.begin());
}

void addOrReplace(std::vector<RequirementChange>& changes, RequirementChange change)
{
    const auto same = std::find_if(
        changes.begin(), changes.end(), [&change](const RequirementChange& c) { return c.id == change.id; });
    if (same != changes.end())
        *same = std::move(change);
    else
        changes.push_back(std::move(change));
}
} // namespace

void ChangeCatalog::loadBuiltin()
{
    initChangeResources();
    std::vector<RequirementChange> changes;
    const QDir dir(QStringLiteral(":/data/changes"));
    for (const QString& entry : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            throw LoadError({ .file = dir.filePath(entry).toStdString() }, "the embedded file is missing");
        const QByteArray bytes = file.readAll();
        RequirementChange change = parseRequirementChange(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), entry.toStdString());
        change.source = "built-in";
        changes.push_back(std::move(change));
    }
    std::stable_sort(changes.begin(), changes.end(),
        [](const RequirementChange& a, const RequirementChange& b) { return builtinRank(a.id) < builtinRank(b.id); });
    m_changes = std::move(changes);
}

bool ChangeCatalog::openChangeFile(const QString& file, QString* error)
{
    try {
        addOrReplace(m_changes, loadRequirementChangeFile(file.toStdString()));
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

const RequirementChange* ChangeCatalog::change(const QString& id) const
{
    const std::string key = id.toStdString();
    const auto it
        = std::find_if(m_changes.begin(), m_changes.end(), [&key](const RequirementChange& c) { return c.id == key; });
    return it == m_changes.end() ? nullptr : &*it;
}

const RequirementChange* ChangeCatalog::changeFrom(const QString& file) const
{
    const std::string source = file.toStdString();
    const auto it = std::find_if(
        m_changes.rbegin(), m_changes.rend(), [&source](const RequirementChange& c) { return c.source == source; });
    return it == m_changes.rend() ? nullptr : &*it;
}

QString ChangeCatalog::knownIds() const
{
    QStringList ids;
    for (const auto& c : m_changes)
        ids << QString::fromStdString(c.id);
    return ids.join(QStringLiteral(", "));
}

std::vector<const RequirementChange*> ChangeCatalog::exercisedBy(const Comparison& comparison) const
{
    std::vector<const RequirementChange*> found;
    for (const auto& change : m_changes) {
        const bool exercised = std::any_of(allArchitectures.begin(), allArchitectures.end(),
            [&](Architecture a) { return resolveChangeImpact(change, comparison.run(a)).exercised; });
        if (exercised)
            found.push_back(&change);
    }
    return found;
}

} // namespace notiflow::ui
