#include "widgets/window/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace notiflow::ui {

namespace {
QString keyOf(RecentFiles::Kind kind)
{
    return kind == RecentFiles::Kind::DataFolder ? QStringLiteral("recent/dataFolders")
                                                 : QStringLiteral("recent/scenarioFiles");
}
} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
    , m_close(new QAction(tr("&Close Scenario File"), this))
{
    m_close->setObjectName(QStringLiteral("closeScenarioFile"));
    m_close->setStatusTip(tr("Take the scenario opened from a file out of the scenario picker"));
    m_close->setEnabled(false);
    connect(m_close, &QAction::triggered, this, &RecentFiles::closeScenarioFileRequested);
}

void RecentFiles::insertInto(QMenu* file, QAction* before)
{
    m_menu = new QMenu(tr("Open &Recent"), file);
    m_menu->setObjectName(QStringLiteral("openRecent"));
    file->insertMenu(before, m_menu);
    file->insertAction(before, m_close);
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::fillMenu);
    fillMenu();
}

QStringList RecentFiles::paths(Kind kind) const
{
    // A value of another type (a hand-edited settings file) reads as no history rather than as garbage entries.
    const QVariant value = QSettings().value(keyOf(kind));
    QStringList list = value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QString
        ? value.toStringList()
        : QStringList();
    list.removeAll(QString());
    return list.mid(0, maximum);
}

void RecentFiles::add(Kind kind, const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths(kind);
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(keyOf(kind), list.mid(0, maximum));
    fillMenu();
}

void RecentFiles::remove(Kind kind, const QString& path)
{
    QStringList list = paths(kind);
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(keyOf(kind), list);
    fillMenu();
}

void RecentFiles::fillMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    bool any = false;
    for (Kind kind : { Kind::DataFolder, Kind::ScenarioFile }) {
        const QStringList list = paths(kind);
        if (list.isEmpty())
            continue;
        m_menu->addSection(kind == Kind::DataFolder ? tr("Data set folders") : tr("Scenario files"));
        for (const QString& path : list) {
            QAction* action = m_menu->addAction(QFileInfo(path).fileName());
            action->setToolTip(QDir::toNativeSeparators(path));
            action->setStatusTip(QDir::toNativeSeparators(path));
            action->setData(path);
            connect(action, &QAction::triggered, this, [this, kind, path] { Q_EMIT openRequested(kind, path); });
        }
        any = true;
    }
    if (!any) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Clear Recent")), &QAction::triggered, this, [this] {
        QSettings().remove(QStringLiteral("recent"));
        fillMenu();
    });
}

} // namespace notiflow::ui
