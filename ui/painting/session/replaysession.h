// The state every view follows: the comparison being shown, the shared playhead, playing or not, and what is
// selected. Views read it and listen to its signals; nothing here calls the core during playback.
#pragma once

#include "painting/session/playbacktimeline.h"
#include "scenariorunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <array>
#include <memory>

namespace notiflow::ui {

class ReplaySession : public QObject {
    Q_OBJECT
public:
    explicit ReplaySession(QObject* parent = nullptr);

    // Replaces the comparison shown and moves the playhead to 0.
    void setComparison(std::shared_ptr<const Comparison> comparison);
    const Comparison* comparison() const { return m_comparison.get(); }
    std::shared_ptr<const Comparison> sharedComparison() const { return m_comparison; }
    const PlaybackTimeline& timeline() const { return m_timeline; }

    double playhead() const { return m_playhead; }
    PlaybackTimeline::Position position(Architecture side) const { return m_timeline.positionAt(side, m_playhead); }
    int currentStep(Architecture side) const { return position(side).step; }
    int currentAction() const { return m_timeline.actionAt(m_playhead); }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    static constexpr double slotsPerSecond = 1.25; // at 1x
    // The speeds offered, slowest first; setSpeed() clamps to the first and last.
    static constexpr std::array<double, 8> speedSteps { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 };

    // The step whose details are shown: the current step unless the user clicked another.
    Architecture selectedSide() const { return m_selectedSide; }
    int selectedStep() const { return m_selectedStep; }
    QString selectedCustomer() const { return m_selectedCustomer; }

public Q_SLOTS:
    void setPlayhead(double time);
    void play();
    void pause();
    void togglePlaying();
    void setSpeed(double speed); // clamped to the speed steps' range
    void slower(); // the next speed step down, if any
    void faster(); // the next speed step up, if any
    void stepForward();
    void stepBack();
    void goToStart();
    void goToEnd();
    void seekToStep(notiflow::Architecture side, int step); // lands on the step's final frame
    void selectStep(notiflow::Architecture side, int step);
    void selectCustomer(const QString& customerId);

Q_SIGNALS:
    void comparisonChanged();
    void playheadChanged(double time);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void selectedStepChanged(notiflow::Architecture side, int step);
    void selectedCustomerChanged(const QString& customerId);

private:
    void advanceFrame();

    std::shared_ptr<const Comparison> m_comparison;
    PlaybackTimeline m_timeline;
    double m_playhead = 0;
    bool m_playing = false;
    double m_speed = 1.0;
    QTimer m_frameTimer;
    QElapsedTimer m_clock;
    Architecture m_selectedSide = Architecture::EventSourced;
    int m_selectedStep = -1;
    QString m_selectedCustomer;
};

} // namespace notiflow::ui
