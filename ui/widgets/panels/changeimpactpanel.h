// Lists, per architecture, what the requirement change on show costs: the components to change with their reasons
// and new dependencies, the teams that must coordinate and the deployments.
#pragma once

#include "perarchitecture.h"

#include <QWidget>

class QLabel;

namespace notiflow {
struct ChangeImpact;
struct RequirementChange;
} // namespace notiflow

namespace notiflow::ui {

class ChangeImpactPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ChangeImpactPanel(QWidget* parent = nullptr);

    // nullptr: no change on show.
    void showChange(const RequirementChange* change, const PerArchitecture<const ChangeImpact*>& impacts);
    QString text() const; // what the panel shows, as plain text (tests)

private:
    QLabel* m_label;
};

} // namespace notiflow::ui
