// Help → "How to read notiflow": the page of HelpTopics in a browser window of its own, opened at an entry. One
// window per application, so What's This on several charts moves the same page rather than stacking windows.
#pragma once

#include <QDialog>
#include <QPointer>

class QTextBrowser;

namespace notiflow::ui {

class HelpWindow final : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows the page (creating it, parented to `from`'s window, the first time) scrolled to `anchor`.
    static HelpWindow* showTopic(const QString& anchor, QWidget* from);
    static HelpWindow* instance() { return s_instance; }

    QTextBrowser* browser() const { return m_browser; }
    QString currentAnchor() const { return m_anchor; }
    void scrollTo(const QString& anchor);

private:
    QTextBrowser* m_browser;
    QString m_anchor;
    static QPointer<HelpWindow> s_instance;
};

} // namespace notiflow::ui
