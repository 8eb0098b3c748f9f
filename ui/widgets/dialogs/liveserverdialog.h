// The Live Server dialog: where to listen, Start/Stop, and once running the address and (off loopback) the token,
// each copyable. A port in use is reported in the dialog and nothing else changes.
#pragma once

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace notiflow::ui {

class LiveServerController;

class LiveServerDialog final : public QDialog {
    Q_OBJECT
public:
    LiveServerDialog(LiveServerController* controller, QWidget* parent = nullptr);

    QComboBox* hostField() const { return m_host; }
    QSpinBox* portField() const { return m_port; }
    QPushButton* startStopButton() const { return m_startStop; }
    QLineEdit* addressField() const { return m_address; }
    QLineEdit* tokenField() const { return m_token; }
    QString errorText() const;

public Q_SLOTS:
    void startOrStop();

private:
    void refresh();
    // A read-only field and a Copy button beside it, made into `field` and `copy`: one row of the form.
    QHBoxLayout* copyableRow(QLineEdit*& field, QPushButton*& copy, const QString& name, const QString& what);

    LiveServerController* m_controller;
    QComboBox* m_host;
    QSpinBox* m_port;
    QPushButton* m_startStop;
    QLineEdit* m_address;
    QPushButton* m_copyAddress;
    QLineEdit* m_token;
    QPushButton* m_copyToken;
    QLabel* m_tokenLabel;
    QLabel* m_warning;
    QLabel* m_error;
    QLabel* m_hint;
};

} // namespace notiflow::ui
