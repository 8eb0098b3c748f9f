#include "widgets/dialogs/exportdialog.h"

#include "painting/session/settings.h"
#include "painting/style/displaytext.h"
#include "scenariorunner.h"
#include "widgets/dialogs/exportpreview.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace notiflow::ui {

namespace {
constexpr std::array<Exporter::Format, 5> formats { Exporter::Format::Png, Exporter::Format::Svg, Exporter::Format::Pdf,
    Exporter::Format::Gif, Exporter::Format::PngSequence };
constexpr std::array<QSize, 4> sizes { QSize(1280, 720), QSize(1920, 1080), QSize(2560, 1440), QSize(3840, 2160) };

QString suffixOf(Exporter::Format format)
{
    switch (format) {
    case Exporter::Format::Png:
        return QStringLiteral(".png");
    case Exporter::Format::Svg:
        return QStringLiteral(".svg");
    case Exporter::Format::Pdf:
        return QStringLiteral(".pdf");
    case Exporter::Format::Gif:
        return QStringLiteral(".gif");
    case Exporter::Format::PngSequence:
        return {};
    }
    return {};
}

QString formatLabel(Exporter::Format format)
{
    switch (format) {
    case Exporter::Format::Png:
        return ExportDialog::tr("PNG image");
    case Exporter::Format::Svg:
        return ExportDialog::tr("SVG (vector, text stays text)");
    case Exporter::Format::Pdf:
        return ExportDialog::tr("PDF (vector; all steps: one page per step)");
    case Exporter::Format::Gif:
        return ExportDialog::tr("Animated GIF (one frame per step)");
    case Exporter::Format::PngSequence:
        return ExportDialog::tr("PNG sequence in a folder");
    }
    return {};
}
} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const Comparison> comparison, double playhead, QWidget* parent)
    : QDialog(parent)
    , m_comparison(std::move(comparison))
    , m_playhead(playhead)
    , m_thisStep(new QRadioButton(tr("&This step"), this))
    , m_allSteps(new QRadioButton(tr("&All steps"), this))
    , m_format(new QComboBox(this))
    , m_scale(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_withMetrics(new QCheckBox(tr("Add the coupling summary and the notifications sent so far"), this))
    , m_timelineTime(
          new QCheckBox(tr("Timelines in simulated &time (one scale for both; waits as hatched bands)"), this))
    , m_keepHighlight(new QCheckBox(this))
    , m_path(new QLineEdit(this))
    , m_pixels(new QLabel(this))
    , m_preview(new ExportPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Comparison Picture"));
    auto* steps = new QButtonGroup(this);
    steps->addButton(m_thisStep);
    steps->addButton(m_allSteps);
    m_thisStep->setChecked(true);
    auto* stepsRow = new QHBoxLayout;
    stepsRow->addWidget(m_thisStep);
    stepsRow->addWidget(m_allSteps);
    stepsRow->addStretch();

    for (Exporter::Format f : formats)
        m_format->addItem(formatLabel(f), static_cast<int>(f));
    m_scale->setRange(1, Exporter::maximumScale);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setToolTip(tr("Pixels per point of the size: 2× makes a PNG twice as wide and twice as high"));
    for (ThemeChoice t : { ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast, ThemeChoice::System })
        m_theme->addItem(Theme::displayName(t), static_cast<int>(t));
    for (QSize s : sizes)
        m_size->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_size->setCurrentIndex(1);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_pixels->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Steps:"), stepsRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(QString(), m_withMetrics);
    form->addRow(QString(), m_timelineTime);
    form->addRow(QString(), m_keepHighlight);
    m_keepHighlight->hide(); // until the window has steps highlighted
    form->addRow(tr("Fi&le:"), pathRow);
    form->addRow(QString(), m_pixels);

    QPushButton* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // Remembered between exports: where, which format, which theme.
    const Settings::ExportChoices remembered = Settings().exportChoices();
    const QString base = QString::fromStdString(m_comparison->scenario.id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(remembered.theme))));
    m_withMetrics->setChecked(remembered.withMetrics);
    m_timelineTime->setChecked(remembered.timelineTime);
    m_path->setText(QDir(QFileInfo(remembered.folder).isDir() ? remembered.folder : QDir::homePath()).filePath(base));
    setFormat(remembered.format);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { setFormat(format()); });
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString& text) { setPath(text); });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_allSteps, &QAbstractButton::toggled, this, &ExportDialog::updateControls);
    connect(m_scale, &QSpinBox::valueChanged, this, &ExportDialog::updateControls);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_withMetrics, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_timelineTime, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_keepHighlight, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow().ok())
            accept();
    });
    updateControls();
    updatePreview();
}

Exporter::Format ExportDialog::format() const
{
    return static_cast<Exporter::Format>(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

Exporter::Options ExportDialog::options() const
{
    Exporter::Options o;
    o.frame.size = m_size->currentData().toSize();
    o.frame.theme = static_cast<ThemeChoice>(m_theme->currentData().toInt());
    o.frame.withMetrics = m_withMetrics->isChecked();
    o.frame.timelineTime = m_timelineTime->isChecked();
    o.scale = m_scale->value();
    o.allSteps = m_allSteps->isChecked();
    o.playhead = m_playhead;
    if (m_highlight && m_keepHighlight->isChecked())
        o.frame.highlight = m_highlight;
    return o;
}

void ExportDialog::setHighlight(const StepSelection& selection)
{
    m_highlight = selection;
    m_keepHighlight->setText(
        tr("Keep the highlighted steps: %1 (%2)").arg(selection.label, architectureTitle(selection.side)));
    m_keepHighlight->setToolTip(
        tr("Draw the steps behind the figure you clicked highlighted in the picture, as the window does"));
    m_keepHighlight->setChecked(true);
    m_keepHighlight->show();
    updatePreview();
}

void ExportDialog::setFormat(Exporter::Format f)
{
    if (m_updating)
        return;
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(f)));
    // The path follows the format: the same name with the new extension, or without one for a folder.
    QString p = path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const QFileInfo info(p);
    const QString stem = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    if (!stem.isEmpty())
        m_path->setText(QDir(info.path()).filePath(stem + suffixOf(f)));
    m_updating = false;
    updateControls();
}

void ExportDialog::setPath(const QString& p)
{
    if (m_path->text() != p)
        m_path->setText(p);
    if (const auto f = Exporter::formatOf(p); f && *f != format() && !m_updating) {
        m_updating = true;
        m_format->setCurrentIndex(m_format->findData(static_cast<int>(*f)));
        m_updating = false;
    }
    updateControls();
}

void ExportDialog::updateControls()
{
    const Exporter::Format f = format();
    // PNG and SVG hold one step; a GIF and a sequence every step; a PDF either.
    m_thisStep->setEnabled(!Exporter::holdsAllSteps(f));
    m_allSteps->setEnabled(!Exporter::holdsOneStep(f));
    if (Exporter::holdsAllSteps(f))
        m_allSteps->setChecked(true);
    else if (Exporter::holdsOneStep(f))
        m_thisStep->setChecked(true);
    const bool raster = f != Exporter::Format::Svg && f != Exporter::Format::Pdf;
    m_scale->setEnabled(raster);
    const QSize size = m_size->currentData().toSize();
    const QString problem = Exporter::validate(path(), options());
    if (!problem.isEmpty())
        m_pixels->setText(problem);
    else if (raster)
        m_pixels->setText(
            tr("%1 × %2 pixels").arg(size.width() * m_scale->value()).arg(size.height() * m_scale->value()));
    else
        m_pixels->setText(tr("Vector: sharp at any size"));
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
    }
}

void ExportDialog::updatePreview()
{
    ComparisonFrame::Options o = options().frame;
    m_preview->setFrame(std::make_unique<ComparisonFrame>(m_comparison, o), m_playhead);
    updateControls();
}

void ExportDialog::choosePath()
{
    const Exporter::Format f = format();
    QString chosen;
    if (f == Exporter::Format::PngSequence) {
        chosen = QFileDialog::getSaveFileName(
            this, tr("Export PNG Sequence into Folder"), path(), QString(), nullptr, QFileDialog::DontConfirmOverwrite);
    } else {
        const QString filter = tr("%1 (*%2)").arg(Exporter::formatName(f), suffixOf(f));
        chosen = QFileDialog::getSaveFileName(this, tr("Export Comparison Picture"), path(), filter);
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::saveChoices() const
{
    Settings().setExportChoices(
        { QFileInfo(path()).absolutePath(), format(), static_cast<ThemeChoice>(m_theme->currentData().toInt()),
            m_withMetrics->isChecked(), m_timelineTime->isChecked() });
}

Exporter::Result ExportDialog::exportNow(bool quiet)
{
    const Exporter exporter(m_comparison, options());
    const Exporter::Format f = format();
    const bool multiFrame = Exporter::holdsAllSteps(f) || (f == Exporter::Format::Pdf && m_allSteps->isChecked());
    std::unique_ptr<QProgressDialog> progress;
    if (multiFrame && !quiet) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %1…").arg(QDir::toNativeSeparators(path())),
            tr("Cancel"), 0, static_cast<int>(exporter.playheads(f).size()), this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = exporter.write(path(), [&](int done, int total) {
        if (!progress)
            return true;
        progress->setMaximum(total);
        progress->setValue(done); // processes events for a modal progress dialog, Cancel included
        return !progress->wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (result.ok())
        saveChoices();
    else if (!quiet && result.status != Exporter::Result::Status::Cancelled)
        QMessageBox::warning(this, tr("Export Failed"), result.error);
    return result;
}

} // namespace notiflow::ui
