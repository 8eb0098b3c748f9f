// Two tables (one per architecture) that follow the playhead, a rendered-message view, and the end-of-run verdict.
// The verdict comes from Comparison::sameNotifications and ::differences: the panel never matches messages itself.
#include "widgets/panels/notificationspanel.h"

#include "painting/models/notificationsmodel.h"
#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "painting/style/panelpalette.h"
#include "widgets/views/adaptivesplitter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
constexpr int maxListedDifferences = 12;
constexpr double endTolerance = 1e-9;
} // namespace

NotificationsPanel::NotificationsPanel(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_customerFilter(new QToolButton(this))
    , m_message(new QTextBrowser(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter by type, recipient, customer id or text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter notifications"));
    m_filter->setToolTip(tr("Show only the notifications whose type, channel, recipient, customer id, subject or "
                            "text contains this"));
    connect(m_filter, &QLineEdit::textChanged, this, &NotificationsPanel::setFilterText);

    m_customerFilter->setText(tr("Selected customer"));
    m_customerFilter->setAccessibleName(tr("Filter to the selected customer"));
    m_customerFilter->setToolTip(tr("Show only the notifications of the customer selected in the Why panel"));
    m_customerFilter->setEnabled(false);
    connect(m_customerFilter, &QToolButton::clicked, this, &NotificationsPanel::filterToSelectedCustomer);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_customerFilter);

    auto* tables = new AdaptiveSplitter(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34, this);
    for (Architecture arch : allArchitectures) {
        Side& side = m_sides[arch];
        QVBoxLayout* layout = tables->addPane();
        QWidget* box = layout->parentWidget();
        side.title = new QLabel(box);
        side.title->setTextFormat(Qt::RichText);
        side.model = new NotificationsModel(this);
        side.proxy = new QSortFilterProxyModel(this);
        side.proxy->setSourceModel(side.model);
        side.proxy->setFilterRole(NotificationsModel::SearchTextRole);
        side.proxy->setFilterKeyColumn(0);
        side.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        side.view = new QTableView(box);
        side.view->setModel(side.proxy);
        side.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        side.view->setSelectionMode(QAbstractItemView::SingleSelection);
        side.view->setAlternatingRowColors(true);
        side.view->setWordWrap(false);
        side.view->setTextElideMode(Qt::ElideRight);
        side.view->setCornerButtonEnabled(false);
        // Fixed row heights keep a 50,000-row table instant; contents are never measured row by row.
        side.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        side.view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        side.view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
        side.view->horizontalHeader()->setStretchLastSection(true);
        side.view->horizontalHeader()->setHighlightSections(false);
        side.view->setAccessibleName(tr("%1 notifications").arg(architectureTitle(arch)));
        side.view->setToolTip(tr("Notifications sent by the %1 architecture up to the playhead. Select one to read "
                                 "it; click a recipient to see why in the Why panel.")
                                  .arg(architectureTitle(arch).toLower()));
        layout->addWidget(side.title);
        layout->addWidget(side.view, 1);

        connect(side.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, arch](const QModelIndex& current) { showMessage(arch, current); });
        connect(side.view, &QTableView::clicked, this, [this, arch](const QModelIndex& proxyIndex) {
            showMessage(arch, proxyIndex);
            const QModelIndex source = m_sides[arch].proxy->mapToSource(proxyIndex);
            if (const int step = source.data(NotificationsModel::StepRole).toInt(); step >= 0)
                m_session->selectStep(arch, step); // a lost notification has no step in this run
            if (source.column() == NotificationsModel::RecipientColumn)
                m_session->selectCustomer(source.data(NotificationsModel::CustomerIdRole).toString());
        });
        // Enter or double-click on any cell also asks "why".
        connect(side.view, &QTableView::activated, this, [this, arch](const QModelIndex& proxyIndex) {
            const QModelIndex source = m_sides[arch].proxy->mapToSource(proxyIndex);
            m_session->selectCustomer(source.data(NotificationsModel::CustomerIdRole).toString());
        });
    }

    m_message->setReadOnly(true);
    m_message->setOpenLinks(false);
    m_message->setAccessibleName(tr("Selected message"));
    m_message->setToolTip(tr("The rendered message selected above"));
    m_message->setPlaceholderText(tr("Select a notification to read the message as it was sent."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(tables);
    split->addWidget(m_message);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Comparison verdict"));
    m_verdictIcon->setAlignment(Qt::AlignTop);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    layout->addLayout(verdictRow);

    connect(m_session, &ReplaySession::comparisonChanged, this, &NotificationsPanel::updateFromComparison);
    connect(m_session, &ReplaySession::playheadChanged, this, &NotificationsPanel::updateFromPlayhead);
    connect(m_session, &ReplaySession::selectedCustomerChanged, this, [this](const QString& customer) {
        m_customerFilter->setEnabled(!customer.isEmpty());
        m_customerFilter->setText(customer.isEmpty() ? tr("Selected customer") : tr("Only %1").arg(customer));
    });
    updateFromComparison();
}

void NotificationsPanel::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    for (Side& side : m_sides)
        side.proxy->setFilterFixedString(text);
    updateCounts();
}

void NotificationsPanel::filterToSelectedCustomer()
{
    setFilterText(m_session->selectedCustomer());
}

void NotificationsPanel::updateFromComparison()
{
    const auto comparison = m_session->sharedComparison();
    for (Architecture arch : allArchitectures) {
        Side& side = m_sides[arch];
        // Alias the comparison's ownership so the model keeps the run alive.
        side.model->setRun(comparison ? std::shared_ptr<const Run>(comparison, &comparison->run(arch)) : nullptr);
        // The Delivery column only where the faults lost, delayed or duplicated something.
        side.view->setColumnHidden(NotificationsModel::DeliveryColumn, !side.model->hasMarks());
        sizeColumnsToContent(side);
    }
    m_message->clear();
    updateFromPlayhead();
}

void NotificationsPanel::sizeColumnsToContent(Side& side)
{
    // From the whole run, not the rows sent so far, so that columns do not jump while playing; a sample of the
    // first messages keeps a run of tens of thousands instant (their types and channels repeat).
    const Run* run = side.model->run();
    if (!run)
        return;
    const QFontMetrics header = side.view->horizontalHeader()->fontMetrics();
    const QFontMetrics cells = side.view->fontMetrics();
    const int padding = 2 * cells.horizontalAdvance(QLatin1Char('M'));
    const std::size_t sample = std::min<std::size_t>(run->notifications.size(), 2000);
    for (const int column :
        { NotificationsModel::TypeColumn, NotificationsModel::ChannelColumn, NotificationsModel::RecipientColumn }) {
        int widest = header.horizontalAdvance(side.model->headerData(column, Qt::Horizontal).toString());
        for (std::size_t i = 0; i < sample; ++i)
            widest = std::max(
                widest, cells.horizontalAdvance(NotificationsModel::displayText(run->notifications[i], column)));
        side.view->setColumnWidth(column, widest + padding);
    }
    // Delivery marks are short; room for a five-digit delay.
    const int delivery = std::max(
        header.horizontalAdvance(side.model->headerData(NotificationsModel::DeliveryColumn, Qt::Horizontal).toString()),
        cells.horizontalAdvance(NotificationsModel::markText(NotificationsModel::Mark::Delayed, 88888)));
    side.view->setColumnWidth(NotificationsModel::DeliveryColumn, delivery + padding);
}

void NotificationsPanel::updateFromPlayhead()
{
    const bool loaded = m_session->comparison() != nullptr;
    for (Architecture arch : allArchitectures) {
        Side& side = m_sides[arch];
        QScrollBar* bar = side.view->verticalScrollBar();
        const bool following = bar->value() >= bar->maximum();
        const int before = side.model->rowCount();
        side.model->setCurrentStep(loaded ? m_session->currentStep(arch) : -1);
        // Keep the newest message in view while playing, unless the user scrolled up to read.
        if (following && side.model->rowCount() > before)
            side.view->scrollToBottom();
    }
    m_atEnd = loaded && m_session->playhead() >= m_session->timeline().duration() - endTolerance;
    updateCounts();
    updateVerdict();
}

void NotificationsPanel::updateCounts()
{
    for (Architecture arch : allArchitectures) {
        Side& side = m_sides[arch];
        const Run* run = side.model->run();
        const int total = run ? static_cast<int>(run->notifications.size()) : 0;
        const int sent = side.model->sentRowCount();
        QString text = tr("<b>%1</b>: %2 of %3 sent").arg(architectureTitle(arch)).arg(sent).arg(total);
        if (side.model->lostRowCount() > 0)
            text += tr(", %1 lost").arg(side.model->lostRowCount());
        if (side.proxy->rowCount() != side.model->rowCount())
            text += tr(" (%1 match the filter)").arg(side.proxy->rowCount());
        side.title->setText(text);
        side.title->setAccessibleName(QString(text).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
    }
}

void NotificationsPanel::updateVerdict()
{
    const PanelPalette colors(palette());
    const Comparison* cmp = m_session->comparison();
    const int iconSize = fontMetrics().height() + 4;
    if (!cmp) {
        m_verdictIcon->clear();
        m_verdict->setText(tr("No scenario loaded."));
        return;
    }
    if (!m_atEnd) {
        m_verdictIcon->setPixmap(colors.noMessageIcon().pixmap(iconSize));
        m_verdict->setText(tr("Whether both architectures sent the same notifications is shown at the end of the "
                              "run (End key)."));
        return;
    }
    if (cmp->sameNotifications) {
        m_verdictIcon->setPixmap(colors.passedIcon().pixmap(iconSize));
        const int count = static_cast<int>(cmp->eventSourced.notifications.size());
        m_verdict->setText(count == 1
                ? tr("<b>Same notifications.</b> Both architectures sent the same message.")
                : tr("<b>Same notifications.</b> Both architectures sent the same %1 messages.").arg(count));
        return;
    }
    m_verdictIcon->setPixmap(colors.failedIcon().pixmap(iconSize));
    const int differing = static_cast<int>(cmp->differences.size());
    QString text = differing == 1
        ? tr("<b>Different notifications.</b> One message was sent by one architecture only:")
        : tr("<b>Different notifications.</b> %1 messages were sent by one architecture only:").arg(differing);
    text += QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px;\">");
    const int listed = std::min<int>(maxListedDifferences, static_cast<int>(cmp->differences.size()));
    for (int i = 0; i < listed; ++i)
        text += QStringLiteral("<li>%1</li>")
                    .arg(toQString(cmp->differences[static_cast<std::size_t>(i)]).toHtmlEscaped());
    if (static_cast<int>(cmp->differences.size()) > listed)
        text += QStringLiteral("<li>%1</li>")
                    .arg(tr("… and %1 more").arg(static_cast<int>(cmp->differences.size()) - listed));
    text += QStringLiteral("</ul>");
    m_verdict->setText(text);
}

void NotificationsPanel::showMessage(Architecture arch, const QModelIndex& proxyIndex)
{
    Side& side = m_sides[arch];
    const SentNotification* n = side.model->notification(side.proxy->mapToSource(proxyIndex));
    if (!n) {
        if (m_message->property("side").toInt() == static_cast<int>(arch))
            m_message->clear();
        return;
    }
    // Only one message is shown, so the other table's selection would be misleading.
    Side& other = m_sides[arch == Architecture::EventSourced ? Architecture::ApiDriven : Architecture::EventSourced];
    if (other.view->selectionModel()->hasSelection())
        other.view->clearSelection();
    m_message->setProperty("side", static_cast<int>(arch));

    // One compact header block, a rule, then the body as sent (line breaks kept).
    const QModelIndex source = side.proxy->mapToSource(proxyIndex);
    const auto mark = static_cast<NotificationsModel::Mark>(source.data(NotificationsModel::MarkRole).toInt());
    const QString where = mark == NotificationsModel::Mark::Lost
        ? tr("LOST: the run without faults sent it at %1 ms").arg(n->atMs)
        : tr("step %1").arg(n->step + 1) + QStringLiteral(" &middot; ")
            + (mark == NotificationsModel::Mark::AsPlanned
                    ? tr("%1 ms").arg(n->atMs)
                    : NotificationsModel::markText(mark, source.data(NotificationsModel::DelayRole).toLongLong()));
    QString html = QStringLiteral("<p style=\"margin:0\"><b>%1</b> by %2 &middot; %3, %4<br>")
                       .arg(notificationTypeTitle(n->type).toHtmlEscaped(), channelTitle(n->channel),
                           architectureTitle(arch), where);
    html += tr("To: %1 (customer %2)")
                .arg(toQString(n->recipient).toHtmlEscaped(), toQString(n->customerId).toHtmlEscaped());
    if (!n->subject.empty())
        html += tr("<br>Subject: <b>%1</b>").arg(toQString(n->subject).toHtmlEscaped());
    html += QStringLiteral("</p><hr><p style=\"margin:0; white-space: pre-wrap;\">%1</p>")
                .arg(toQString(n->body).toHtmlEscaped());
    m_message->setHtml(html);
}

QString NotificationsPanel::verdictText() const
{
    QTextDocument doc;
    doc.setHtml(m_verdict->text());
    return doc.toPlainText();
}

QString NotificationsPanel::messageText() const
{
    return m_message->toPlainText();
}

} // namespace notiflow::ui
