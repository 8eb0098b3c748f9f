// A one-line label that elides its text to the width it gets, and shows the whole text as its tooltip.
#pragma once

#include <QLabel>

namespace notiflow::ui {

class ElidedLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override; // a new font (zoom) elides again

private:
    void updateElided();
    QString m_fullText;
};

} // namespace notiflow::ui
