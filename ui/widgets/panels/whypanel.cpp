// The customer list is every subject the runs recorded a decision or a message for; choosing one selects it in the
// session, so the Notifications panel and this panel agree on who is being looked at.
#include "widgets/panels/whypanel.h"

#include "painting/models/decisionchainmodel.h"
#include "painting/models/subjectsmodel.h"
#include "painting/session/replaysession.h"
#include "painting/style/displaytext.h"
#include "widgets/views/adaptivesplitter.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace notiflow::ui {

WhyPanel::WhyPanel(ReplaySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_subjects(new QComboBox(this))
    , m_subjectsModel(new SubjectsModel(this))
{
    auto* label = new QLabel(tr("&Customer:"), this);
    label->setBuddy(m_subjects);
    m_subjects->setEditable(true);
    m_subjects->setInsertPolicy(QComboBox::NoInsert);
    m_subjects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subjects->setMinimumContentsLength(24);
    m_subjects->lineEdit()->setPlaceholderText(tr("Type a customer id, email or phone"));
    m_subjects->setAccessibleName(tr("Customer"));
    m_subjects->setToolTip(tr("Choose a customer (or an order, for order rules) to see the decisions about them. "
                              "Clicking a recipient in the Notifications panel chooses it too."));
    m_subjects->setModel(m_subjectsModel);
    if (auto* list = qobject_cast<QListView*>(m_subjects->view()))
        list->setUniformItemSizes(true); // large data sets have tens of thousands of customers
    auto* completer = new QCompleter(m_subjectsModel, m_subjects);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_subjects->setCompleter(completer);
    connect(m_subjects, &QComboBox::activated, this, &WhyPanel::chooseFromBox);

    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_subjects, 1);

    auto* split = new AdaptiveSplitter(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 52, this);
    for (Architecture arch : allArchitectures) {
        Side& side = m_sides[arch];
        QVBoxLayout* layout = split->addPane();
        QWidget* box = layout->parentWidget();
        side.summary = new QLabel(box);
        side.summary->setWordWrap(true);
        side.summary->setTextFormat(Qt::RichText);
        side.model = new DecisionChainModel(this);
        side.view = new QTreeView(box);
        side.view->setModel(side.model);
        side.view->setRootIsDecorated(false);
        side.view->setUniformRowHeights(true);
        side.view->setAlternatingRowColors(true);
        side.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        side.view->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
        side.view->header()->setStretchLastSection(false);
        side.view->header()->setSectionResizeMode(DecisionChainModel::ResultColumn, QHeaderView::ResizeToContents);
        side.view->header()->setSectionResizeMode(DecisionChainModel::ReasonColumn, QHeaderView::Stretch);
        side.view->header()->setSectionResizeMode(DecisionChainModel::ComponentColumn, QHeaderView::ResizeToContents);
        side.view->header()->setSectionResizeMode(DecisionChainModel::RuleColumn, QHeaderView::ResizeToContents);
        // The rule id is in each row's tooltip; as a column it would squeeze the reason, which matters more.
        side.view->setColumnHidden(DecisionChainModel::RuleColumn, true);
        side.view->setAccessibleName(tr("%1 decisions").arg(architectureTitle(arch)));
        side.view->setToolTip(tr("The %1 run's decisions about the chosen customer, in order, and what was sent. "
                                 "Italic rows come later than the playhead. Click a row to show its step and to "
                                 "highlight the steps that led to it.")
                                  .arg(architectureTitle(arch).toLower()));
        connect(side.view, &QTreeView::clicked, this, [this, arch](const QModelIndex& index) {
            m_session->selectStep(arch, index.data(DecisionChainModel::StepRole).toInt());
            const int item = index.data(DecisionChainModel::ItemRole).toInt();
            if (item < 0)
                return;
            const bool decision
                = index.data(DecisionChainModel::RowKindRole).toInt() == DecisionChainModel::DecisionRow;
            TracedFigure figure;
            figure.kind = decision ? TracedFigure::Kind::Decision : TracedFigure::Kind::Message;
            figure.side = arch;
            figure.index = item;
            Q_EMIT figureClicked(figure);
        });
        layout->addWidget(side.summary);
        layout->addWidget(side.view, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_session, &ReplaySession::comparisonChanged, this, &WhyPanel::updateFromComparison);
    connect(m_session, &ReplaySession::playheadChanged, this, &WhyPanel::updateFromPlayhead);
    connect(m_session, &ReplaySession::selectedCustomerChanged, this, &WhyPanel::showSubject);
    updateFromComparison();
}

void WhyPanel::updateFromComparison()
{
    const auto comparison = m_session->sharedComparison();
    {
        const QSignalBlocker blocker(m_subjects);
        m_subjectsModel->setComparison(comparison.get());
    }
    for (Architecture arch : allArchitectures) {
        m_sides[arch].model->setRun(
            comparison ? std::shared_ptr<const Run>(comparison, &comparison->run(arch)) : nullptr);
    }
    showSubject(m_session->selectedCustomer());
    updateFromPlayhead();
}

void WhyPanel::updateFromPlayhead()
{
    for (Architecture arch : allArchitectures)
        m_sides[arch].model->setCurrentStep(m_session->comparison() ? m_session->currentStep(arch) : -1);
}

void WhyPanel::chooseFromBox()
{
    // The box is editable: accept a typed id as well as a picked item.
    int row = m_subjects->findText(m_subjects->currentText(), Qt::MatchFixedString);
    if (row < 0)
        row = m_subjects->findData(m_subjects->currentText().trimmed());
    if (row < 0)
        row = m_subjects->currentIndex();
    if (row >= 0)
        m_session->selectCustomer(m_subjects->itemData(row).toString());
}

void WhyPanel::showSubject(const QString& subject)
{
    const int row = m_subjects->findData(subject);
    {
        const QSignalBlocker blocker(m_subjects);
        if (row >= 0)
            m_subjects->setCurrentIndex(row);
        else
            m_subjects->setEditText(subject);
    }
    for (Side& side : m_sides)
        side.model->setSubject(subject);
    updateSummaries();
}

QString WhyPanel::summaryText(Architecture side) const
{
    const DecisionChainModel* model = m_sides[side].model;
    const QString name = architectureTitle(side);
    if (model->subject().isEmpty())
        return tr("%1: choose a customer above.").arg(name);
    const int decisions = model->decisionCount();
    const int messages = model->messageCount();
    const QString outcome = messages == 0 ? tr("not notified")
        : messages == 1                   ? tr("1 message sent")
                                          : tr("%1 messages sent").arg(messages);
    if (decisions == 0)
        return tr("%1: no rule decided about %2; %3.").arg(name, model->subject(), outcome);
    const QString count = decisions == 1 ? tr("1 decision") : tr("%1 decisions").arg(decisions);
    return tr("%1: %2 by %3; %4.").arg(name, count, model->decidingComponents().join(tr(" and ")), outcome);
}

void WhyPanel::updateSummaries()
{
    for (Architecture arch : allArchitectures) {
        const QString text = summaryText(arch);
        const int colon = text.indexOf(QLatin1Char(':'));
        m_sides[arch].summary->setText(
            QStringLiteral("<b>%1</b>%2").arg(text.left(colon).toHtmlEscaped(), text.mid(colon).toHtmlEscaped()));
        m_sides[arch].summary->setAccessibleName(text);
    }
}

} // namespace notiflow::ui
