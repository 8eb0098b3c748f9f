// The notifications each architecture had sent by the playhead, side by side, with the selected message rendered
// and, at the end of the run, whether both sent the same set and which messages differ.
#pragma once

#include "component.h"
#include "perarchitecture.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace notiflow::ui {

class NotificationsModel;
class ReplaySession;

class NotificationsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit NotificationsPanel(ReplaySession* session, QWidget* parent = nullptr);

    NotificationsModel* model(Architecture side) const { return m_sides[side].model; }
    QTableView* view(Architecture side) const { return m_sides[side].view; }
    // The verdict line: "Not yet at the end", "Same notifications", or "Different notifications: ...".
    QString verdictText() const;
    QString messageText() const; // the rendered message shown, as plain text

public Q_SLOTS:
    void setFilterText(const QString& text);

private:
    void updateFromComparison();
    void updateFromPlayhead();
    void updateCounts();
    void updateVerdict();
    void showMessage(Architecture side, const QModelIndex& proxyIndex);
    void filterToSelectedCustomer();

    struct Side {
        QLabel* title = nullptr;
        QTableView* view = nullptr;
        NotificationsModel* model = nullptr;
        QSortFilterProxyModel* proxy = nullptr;
    };
    void sizeColumnsToContent(Side& side); // every column but the subject, which takes the rest

    ReplaySession* m_session;
    PerArchitecture<Side> m_sides;
    QLineEdit* m_filter;
    QToolButton* m_customerFilter;
    QTextBrowser* m_message;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    bool m_atEnd = false;
};

} // namespace notiflow::ui
