// File → Export…: this step or all steps, format, scale, theme, size, metrics and the path, with a live preview;
// multi-frame exports run under a progress dialog that can cancel; errors are shown, nothing half-written stays.
#pragma once

#include "painting/export/exporter.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace notiflow {
struct Comparison;
}

namespace notiflow::ui {

class ExportPreview;

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<const Comparison> comparison, double playhead, QWidget* parent = nullptr);

    // The request as the controls describe it, and the path; for tests and for the export itself.
    Exporter::Options options() const;
    QString path() const;
    Exporter::Format format() const;
    void setPath(const QString& path); // picks the format from the extension
    void setFormat(Exporter::Format format); // adjusts the path's extension
    // The steps highlighted in the window: offered, and kept by default, in the picture.
    void setHighlight(const StepSelection& selection);

    // Exports with a progress dialog for multi-frame formats; errors go to a message box unless `quiet`.
    Exporter::Result exportNow(bool quiet = false);

private:
    void updateControls();
    void updatePreview();
    void choosePath();
    void saveChoices() const;

    std::shared_ptr<const Comparison> m_comparison;
    double m_playhead;
    QRadioButton* m_thisStep;
    QRadioButton* m_allSteps;
    QComboBox* m_format;
    QSpinBox* m_scale;
    QComboBox* m_theme;
    QComboBox* m_size;
    QCheckBox* m_withMetrics;
    QCheckBox* m_timelineTime; // the timelines in simulated time
    QCheckBox* m_keepHighlight;
    std::optional<StepSelection> m_highlight;
    QLineEdit* m_path;
    QLabel* m_pixels;
    ExportPreview* m_preview;
    QDialogButtonBox* m_buttons;
    bool m_updating = false;
};

} // namespace notiflow::ui
