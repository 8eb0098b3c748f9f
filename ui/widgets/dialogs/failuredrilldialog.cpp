#include "widgets/dialogs/failuredrilldialog.h"

#include "faults.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
QString nameOf(Component c)
{
    return QString::fromUtf8(componentName(c).data(), qsizetype(componentName(c).size()));
}
} // namespace

FailureDrillDialog::FailureDrillDialog(int actions, std::optional<Component> preset, int fromAction, QWidget* parent)
    : QDialog(parent)
    , m_actions(std::max(1, actions))
    , m_component(new QComboBox(this))
    , m_from(new QSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_policy(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Take Down From Here"));
    // The notification side first: the drill that compares the two architectures most directly.
    m_component->addItem(tr("Notification side (service or API)"), -1);
    for (Component c : faultableComponents())
        m_component->addItem(nameOf(c), indexOf(c));
    // A click on the notification service or API means the notification side: both runs then lose it.
    const bool side = !preset || *preset == Component::NotificationService || *preset == Component::NotificationApi;
    m_component->setCurrentIndex(side ? 0 : std::max(0, m_component->findData(indexOf(*preset))));

    m_from->setRange(1, m_actions);
    m_from->setValue(std::clamp(fromAction + 1, 1, m_actions));
    m_from->setToolTip(tr("The action at which the component goes down (1 is the first)"));
    // The unit agrees with the number: " action" or " actions".
    const auto durationUnit = [this](int count) { m_duration->setSuffix(count == 1 ? tr(" action") : tr(" actions")); };
    connect(m_duration, &QSpinBox::valueChanged, this, durationUnit);
    durationUnit(m_duration->value());
    m_duration->setToolTip(tr("How many actions it stays down for; it is back when the next action starts"));
    m_policy->addItem(tr("Drop: log it and go on (the notification is lost)"), int(NotifyFailurePolicy::Drop));
    m_policy->addItem(tr("Retry: try again with backoff while the trigger waits"), int(NotifyFailurePolicy::Retry));
    m_policy->addItem(tr("Fail operation: roll the domain change back"), int(NotifyFailurePolicy::FailOperation));
    m_policy->setToolTip(tr("on_notify_failure: what a domain service does when it cannot notify (API-driven), or "
                            "cannot publish (event-sourced, bus down)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("&From action:"), m_from);
    form->addRow(tr("&Down for:"), m_duration);
    form->addRow(tr("&Policy:"), m_policy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run the Drill"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_from, &QSpinBox::valueChanged, this, &FailureDrillDialog::updateRanges);
    connect(m_duration, &QSpinBox::valueChanged, this, &FailureDrillDialog::updateRanges);
    connect(m_component, &QComboBox::currentIndexChanged, this, &FailureDrillDialog::updateRanges);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &FailureDrillDialog::updateRanges);
    m_duration->setValue(1);
    updateRanges();
}

void FailureDrillDialog::updateRanges()
{
    // Down past the last action is not a window the scenario format allows.
    m_duration->setRange(1, m_actions - m_from->value() + 1);
    m_summary->setText(tr("Both architectures run again with %1.").arg(FailureDrill::describe(request())));
}

DrillRequest FailureDrillDialog::request() const
{
    DrillRequest r;
    const int c = m_component->currentData().toInt();
    if (c >= 0)
        r.component = static_cast<Component>(c);
    r.fromAction = m_from->value() - 1;
    r.actions = m_duration->value();
    r.policy = static_cast<NotifyFailurePolicy>(m_policy->currentData().toInt());
    return r;
}

void FailureDrillDialog::setRequest(const DrillRequest& request)
{
    m_component->setCurrentIndex(
        request.component ? std::max(0, m_component->findData(indexOf(*request.component))) : 0);
    m_from->setValue(request.fromAction + 1);
    m_duration->setValue(request.actions);
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(int(request.policy))));
}

} // namespace notiflow::ui
