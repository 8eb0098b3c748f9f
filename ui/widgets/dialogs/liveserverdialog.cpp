#include "widgets/dialogs/liveserverdialog.h"

#include "widgets/window/liveservercontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace notiflow::ui {

LiveServerDialog::LiveServerDialog(LiveServerController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Live Server"));
    setObjectName(QStringLiteral("liveServerDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Serves notiflow's HTTP API (the original project's, with /docs) from this window. "
                                "Each domain action sent to <code>/actions/…</code> runs in both architectures and "
                                "is animated as it arrives; a direct <code>/notify</code> call shows in the "
                                "API-driven pane only."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QComboBox(this);
    m_host->setEditable(true);
    m_host->addItem(QStringLiteral("127.0.0.1"), tr("this computer only"));
    m_host->addItem(QStringLiteral("0.0.0.0"), tr("every network of this computer (needs a token)"));
    m_host->setItemData(0, tr("Only programs on this computer can connect"), Qt::ToolTipRole);
    m_host->setItemData(1, tr("Anyone who can reach this computer and has the token can connect"), Qt::ToolTipRole);
    m_host->setToolTip(tr("The address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 or an address of "
                          "this computer for a class (a token is then required)"));
    form->addRow(tr("&Address:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setValue(8000);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("The TCP port; 0 picks any free one"));
    form->addRow(tr("&Port:"), m_port);
    layout->addLayout(form);

    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_startStop->setDefault(true);
    connect(m_startStop, &QPushButton::clicked, this, &LiveServerDialog::startOrStop);
    layout->addWidget(m_startStop, 0, Qt::AlignLeft);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A red that reads on the theme's background: dark on light themes, light on dark ones.
    const bool darkTheme = palette().color(QPalette::Window).lightness() < 128;
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(darkTheme ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828")));
    m_error->hide();
    layout->addWidget(m_error);

    auto* running = new QFormLayout;
    running->addRow(tr("Listening on:"), copyableRow(m_address, m_copyAddress, tr("Server address"), tr("address")));
    m_tokenLabel = new QLabel(tr("Token:"), this);
    running->addRow(m_tokenLabel, copyableRow(m_token, m_copyToken, tr("Bearer token"), tr("token")));
    layout->addLayout(running);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_controller, &LiveServerController::runningChanged, this, &LiveServerDialog::refresh);
    connect(m_controller, &LiveServerController::statusChanged, this, &LiveServerDialog::refresh);
    setMinimumWidth(520);
    refresh();
}

QHBoxLayout* LiveServerDialog::copyableRow(
    QLineEdit*& field, QPushButton*& copy, const QString& name, const QString& what)
{
    field = new QLineEdit(this);
    field->setReadOnly(true);
    field->setAccessibleName(name);
    copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
    connect(copy, &QPushButton::clicked, this, [shown = field] { QApplication::clipboard()->setText(shown->text()); });
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    return row;
}

QString LiveServerDialog::errorText() const
{
    return m_error->text();
}

void LiveServerDialog::startOrStop()
{
    m_error->clear();
    m_error->hide();
    if (m_controller->server()) {
        m_controller->stop();
        refresh();
        return;
    }
    const QString hostText = m_host->currentText().trimmed();
    QHostAddress address;
    if (hostText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(hostText)) {
        m_error->setText(
            tr("\"%1\" is not an IP address: use 127.0.0.1, 0.0.0.0 or an address of this computer.").arg(hostText));
        m_error->show();
        return;
    }
    QString error;
    if (!m_controller->start(address, static_cast<quint16>(m_port->value()), &error)) {
        // Typically the port is taken by another program: say which, and keep everything as it was.
        m_error->setText(tr("Could not start the live server: %1.").arg(error));
        m_error->show();
    }
    refresh();
}

void LiveServerDialog::refresh()
{
    const bool active = m_controller->server() != nullptr;
    const bool running = m_controller->isRunning();
    m_host->setEnabled(!active);
    m_port->setEnabled(!active);
    m_startStop->setEnabled(!m_controller->isStopping());
    m_startStop->setText(m_controller->isStopping() ? tr("Stopping…") : active ? tr("&Stop") : tr("&Start"));
    const QString url = m_controller->baseUrl();
    m_address->setText(url);
    m_address->setEnabled(running);
    m_copyAddress->setEnabled(running);
    const QString token = m_controller->token();
    m_token->setText(token);
    for (QWidget* w :
        { static_cast<QWidget*>(m_token), static_cast<QWidget*>(m_copyToken), static_cast<QWidget*>(m_tokenLabel) })
        w->setVisible(running && !token.isEmpty());
    m_warning->setVisible(running && !token.isEmpty());
    m_warning->setText(tr("Anyone who can reach this port and has the token can trigger notifications and read the "
                          "data set. Every request except /health, /docs and /openapi.json needs the header "
                          "<code>Authorization: Bearer &lt;token&gt;</code>."));
    if (running) {
        const QString auth = token.isEmpty() ? QString() : QStringLiteral(" -H 'Authorization: Bearer %1'").arg(token);
        m_hint->setText(tr("Try: <code>curl -X POST%1 -H 'Content-Type: application/json' -d "
                           "'{\"order_id\": \"ORD-001\"}' %2/actions/ship_order</code><br>Documentation: "
                           "<a href=\"%2/docs\">%2/docs</a>")
                            .arg(auth.toHtmlEscaped(), url));
        m_hint->setOpenExternalLinks(true);
    } else {
        m_hint->setText(m_controller->requestsServed() > 0 ? m_controller->statusText() : QString());
    }
}

} // namespace notiflow::ui
