#include "widgets/help/helpwindow.h"

#include "widgets/help/helptopics.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace notiflow::ui {

QPointer<HelpWindow> HelpWindow::s_instance;

HelpWindow::HelpWindow(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("How to read notiflow"));
    // An in-app page: links inside it jump to entries, nothing opens a web browser.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(HelpTopics::html());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(720, 640);
}

void HelpWindow::scrollTo(const QString& anchor)
{
    m_anchor = anchor;
    m_browser->scrollToAnchor(anchor);
}

HelpWindow* HelpWindow::showTopic(const QString& anchor, QWidget* from)
{
    if (!s_instance)
        s_instance = new HelpWindow(from ? from->window() : nullptr);
    s_instance->show();
    s_instance->raise();
    s_instance->activateWindow();
    s_instance->scrollTo(anchor);
    return s_instance;
}

} // namespace notiflow::ui
