// The requirement changes on offer: the built-in ones from the embedded resources, and change files the user
// opened. A failed load leaves the catalogue as it was and reports the error (file and place) as text.
#pragma once

#include "requirementchange.h"

#include <QString>
#include <vector>

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class ChangeCatalog final {
public:
    // Loads the embedded built-in changes (":/data/changes"); throws LoadError if one is broken, a build defect.
    void loadBuiltin();
    // Adds the change in `file` (or replaces one with the same id); false and `error` filled when the file is bad.
    bool openChangeFile(const QString& file, QString* error);

    const std::vector<RequirementChange>& changes() const { return m_changes; }
    const RequirementChange* change(const QString& id) const;
    const RequirementChange* changeFrom(const QString& file) const; // the one last opened from `file`
    QString knownIds() const; // "notify-silver-price-drop, complete-after-delivery, ..."

    // The changes `comparison` exercises in at least one architecture, in catalogue order.
    std::vector<const RequirementChange*> exercisedBy(const Comparison& comparison) const;

private:
    std::vector<RequirementChange> m_changes;
};

} // namespace notiflow::ui
