// The sound when an agenda item's time is up: three short beeps made with Web Audio (no sound file to load or
// ship). Browsers only let a page play sound after a person has interacted with it, so the first click on the
// session page unlocks the audio context the beep later uses.

let context: AudioContext | null = null;

/** Call from a click or key handler: creates (or resumes) the audio context while the gesture allows it. */
export function unlockEndCue(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    // No Web Audio (an old browser or a locked-down one): the visual cue still shows.
  }
}

/** Plays the beeps; silent when audio was never unlocked. */
export function playEndCue(): void {
  if (context?.state !== 'running') return;
  const start = context.currentTime + 0.05;
  for (let i = 0; i < 3; i++) {
    const at = start + i * 0.3;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.22);
  }
}
