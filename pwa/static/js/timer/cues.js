// Cues for busy hands: beeps (Web Audio), vibration, spoken step names, the screen kept awake,
// and a notification at the end when the page is hidden. Every feature is detected; none is
// required.

// Each cue: tones as [frequency Hz, start s, length s, volume], and a vibration pattern.
const SOUNDS = {
  start: { tones: [[880, 0, 0.18, 0.5]], vibrate: [200] },
  switch: { tones: [[660, 0, 0.12, 0.5], [880, 0.16, 0.12, 0.5], [1100, 0.32, 0.2, 0.5]], vibrate: [120, 80, 120, 80, 120] },
  rest: { tones: [[660, 0, 0.15, 0.4], [440, 0.18, 0.25, 0.4]], vibrate: [300] },
  halfway: { tones: [[740, 0, 0.09, 0.35], [740, 0.14, 0.09, 0.35]], vibrate: [60, 60, 60] },
  stroke: { tones: [[1000, 0, 0.04, 0.15]], vibrate: [] },
  count: { tones: [[520, 0, 0.08, 0.35]], vibrate: [40] },
  done: { tones: [[523, 0, 0.25, 0.45], [659, 0.22, 0.25, 0.45], [784, 0.44, 0.7, 0.5]], vibrate: [400, 120, 400] },
};

export class Cues {
  constructor(settings) {
    this.settings = settings; // {muted (the beeps only), speech, vibrate}: each switch its own cue
    this.audio = null;
    this.wakeLock = null;
    this.wantWakeLock = false;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.wantWakeLock) this.keepAwake(true);
    });
  }

  // Browsers (iOS above all) start audio only inside a tap: call this from the Start button.
  unlock() {
    const AudioContextClass = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (!AudioContextClass) return;
    try {
      this.audio ??= new AudioContextClass();
      if (this.audio.state !== 'running') this.audio.resume().catch(() => {});
    } catch {
      this.audio = null;
    }
  }

  play(type) {
    const sound = SOUNDS[type];
    if (!sound) return;
    if (!this.settings.muted) this.beep(sound.tones);
    if (this.settings.vibrate && sound.vibrate.length && navigator.vibrate) {
      try {
        navigator.vibrate(sound.vibrate);
      } catch {
        // Some browsers refuse vibration without a recent tap: the beep still sounds.
      }
    }
  }

  beep(tones) {
    const ctx = this.audio;
    if (!ctx) return;
    if (ctx.state !== 'running') ctx.resume().catch(() => {}); // e.g. after a phone call
    const t0 = ctx.currentTime + 0.02;
    for (const [frequency, at, length, volume] of tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, t0 + at);
      gain.gain.exponentialRampToValueAtTime(volume, t0 + at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + at);
      osc.stop(t0 + at + length + 0.05);
    }
  }

  say(text) {
    if (!this.settings.speech || !text || !globalThis.speechSynthesis) return;
    try {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.rate = 1;
      speechSynthesis.speak(utterance);
    } catch {
      // No voices on this device: the beeps carry on.
    }
  }

  // The screen stays on while the timer runs; the browser drops the lock when the page is
  // hidden, so it is asked for again when the page comes back.
  async keepAwake(on) {
    this.wantWakeLock = on;
    if (!on) {
      const lock = this.wakeLock;
      this.wakeLock = null;
      await lock?.release().catch(() => {});
      return;
    }
    if (!navigator.wakeLock || document.visibilityState !== 'visible' || this.wakeLock) return;
    try {
      this.wakeLock = await navigator.wakeLock.request('screen');
      this.wakeLock.addEventListener('release', () => {
        this.wakeLock = null;
      });
    } catch {
      this.wakeLock = null; // Low battery mode or an older iPhone: the timer still keeps time.
    }
  }

  static notificationsAvailable() {
    return 'Notification' in globalThis && 'serviceWorker' in navigator;
  }

  static notificationsAllowed() {
    return Cues.notificationsAvailable() && Notification.permission === 'granted';
  }

  static async askForNotifications() {
    if (!Cues.notificationsAvailable()) return 'unavailable';
    try {
      return await Notification.requestPermission();
    } catch {
      return 'denied';
    }
  }

  // Only when the page is hidden and the person allowed it.
  async notify(title, body) {
    if (document.visibilityState === 'visible' || !Cues.notificationsAllowed()) return;
    try {
      const registration = await navigator.serviceWorker.ready;
      await registration.showNotification(title, { body, tag: 'tpg-timer', icon: '/static/icons/icon-192.png' });
    } catch {
      // No worker yet (first visit): the beep and vibration are the cue.
    }
  }
}
