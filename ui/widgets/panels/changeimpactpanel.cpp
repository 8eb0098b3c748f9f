#include "widgets/panels/changeimpactpanel.h"

#include "changeimpact.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).toHtmlEscaped();
}

QString architectureHtml(const ChangeImpact& impact)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(q(architectureName(impact.architecture)));
    if (!impact.exercised)
        return html + QStringLiteral("<p><i>%1</i></p>").arg(q(notExercised));
    QStringList teams;
    for (const Team t : impact.teams)
        teams << q(teamId(t));
    html += QStringLiteral("<ul>");
    for (const ComponentChange& c : impact.components) {
        QStringList why;
        for (const auto& r : c.reasons)
            why << q(r);
        for (const auto& d : c.newDependencies)
            why << ChangeImpactPanel::tr("new dependency on %1").arg(q(d));
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(q(componentName(c.component)), why.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("</ul><p>");
    html += ChangeImpactPanel::tr("Teams: %1<br>Deployments: %2")
                .arg(teams.join(QStringLiteral(", ")))
                .arg(impact.deployments);
    for (const TouchedElement& e : impact.elements) {
        if (!e.exercised)
            html += QStringLiteral("<br><i>%1: %2</i>").arg(q(e.what), q(notExercised));
    }
    return html + QStringLiteral("</p>");
}
} // namespace

ChangeImpactPanel::ChangeImpactPanel(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setContentsMargins(8, 8, 8, 8);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showChange(nullptr, {});
}

void ChangeImpactPanel::showChange(const RequirementChange* change, const PerArchitecture<const ChangeImpact*>& impacts)
{
    if (!change) {
        m_label->setText(tr("<p>No requirement change on show. Pick one in the Requirement Change menu to see what "
                            "each architecture must change; Esc clears it.</p>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(q(change->title));
    if (!change->description.empty())
        html += QStringLiteral("<p>%1</p>").arg(q(change->description));
    if (!change->lesson.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(q(change->lesson));
    for (const ChangeImpact* impact : impacts) {
        if (impact)
            html += architectureHtml(*impact);
    }
    m_label->setText(html);
}

QString ChangeImpactPanel::text() const
{
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

} // namespace notiflow::ui
