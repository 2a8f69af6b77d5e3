package org.vigil.client.station.ui;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The alarm tone: a two-tone beep repeated while an urgent or emergency alert is unacknowledged
 * and the station is not muted. On a machine without a sound device it says so instead; the
 * banner stays either way.
 */
public final class AlarmSound {

    private static final float RATE = 8000f;

    private volatile boolean sounding;
    private volatile String problem;
    private Thread thread;

    /** @return whether the tone plays now */
    public synchronized boolean sounding() {
        return sounding;
    }

    /** Empty while the tone works; else why the station cannot sound. */
    public String problem() {
        return problem == null ? "" : problem;
    }

    /** Opens the sound device now, so that the screen never claims a sound the machine cannot make. */
    public synchronized void start() {
        if (sounding) {
            return;
        }
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(new AudioFormat(RATE, 8, 1, true, false));
            line.open();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            problem = "no sound device: the alarm is shown only";
            return;
        }
        problem = null;
        sounding = true;
        thread = new Thread(() -> loop(line), "station-alarm-sound");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        sounding = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop(SourceDataLine opened) {
        byte[] beep = tone(880, 0.25, 660, 0.25);
        try (SourceDataLine line = opened) {
            line.start();
            while (sounding) {
                line.write(beep, 0, beep.length);
                line.drain();
                Thread.sleep(400);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] tone(double f1, double s1, double f2, double s2) {
        int n1 = (int) (RATE * s1);
        int n2 = (int) (RATE * s2);
        byte[] out = new byte[n1 + n2];
        for (int i = 0; i < n1; i++) {
            out[i] = (byte) (Math.sin(2 * Math.PI * f1 * i / RATE) * 90);
        }
        for (int i = 0; i < n2; i++) {
            out[n1 + i] = (byte) (Math.sin(2 * Math.PI * f2 * i / RATE) * 90);
        }
        return out;
    }
}
