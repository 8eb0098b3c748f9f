// Every subject a comparison's runs decided about or sent to (customers, and orders for order rules), sorted by id,
// each shown with a recipient to help find a person by address: the Why panel's list to choose from.
// A list model of its own rather than a combo box's items: a large run has a hundred thousand subjects, and adding
// them one item at a time took a noticeable part of opening the window.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class SubjectsModel final : public QAbstractListModel {
public:
    static constexpr int KeyRole = Qt::UserRole; // the subject's id, as ReplaySession::selectCustomer takes it

    explicit SubjectsModel(QObject* parent = nullptr);

    void setComparison(const Comparison* comparison);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    struct Subject {
        QString key;
        QString shown; // "CUST-001 · ana@example.org"
    };
    std::vector<Subject> m_subjects;
};

} // namespace notiflow::ui
