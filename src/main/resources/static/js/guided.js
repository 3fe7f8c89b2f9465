// The guided session's enhancements (journal/guided-step.html). The page works without this script: it only
// counts hold and rest times down on screen, beeps at the end of a countdown when the runner turned the sound
// on, and keeps the screen awake. It never moves the session on: only the runner's "Done" does (WCAG 2.2.1).
(function () {
  'use strict';

  var SOUND_KEY = 'hipflex.guided.sound';
  var root = document.getElementById('guided');

  // Keep the screen awake while the session runs, where the browser can; silently nothing elsewhere.
  var wakeLock = null;
  function keepAwake() {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
    }).catch(function () {
      wakeLock = null;
    });
  }
  keepAwake();
  // The browser lets the lock go when the page is hidden; take it again when the runner comes back.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && wakeLock === null) {
      keepAwake();
    }
    if (document.visibilityState !== 'visible') {
      wakeLock = null;
    }
  });

  if (!root) {
    return;
  }

  var live = root.querySelector('.guided__live');
  function say(text) {
    // Sparingly: the start, ten seconds left on a long countdown, and the end.
    if (live) {
      live.textContent = text;
    }
  }
  function words(name, seconds) {
    return (root.getAttribute('data-text-' + name) || '').replace('[n]', String(seconds));
  }

  function soundOn() {
    try {
      return window.localStorage.getItem(SOUND_KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  var audio = null;
  function beep() {
    if (!soundOn()) {
      return;
    }
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    try {
      audio = audio || new Context();
      var oscillator = audio.createOscillator();
      var gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.2;
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + 0.4);
    } catch (e) {
      // No sound where the browser refuses it; the countdown's text says the time is up anyway.
    }
  }

  var sound = root.querySelector('.guided-sound');
  if (sound) {
    sound.hidden = false;
    sound.setAttribute('aria-pressed', soundOn() ? 'true' : 'false');
    sound.addEventListener('click', function () {
      var on = sound.getAttribute('aria-pressed') !== 'true';
      sound.setAttribute('aria-pressed', on ? 'true' : 'false');
      try {
        window.localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
      } catch (e) {
        // Without storage the choice holds for this page only.
      }
      if (on) {
        // A browser lets a page play sound only after a tap: this tap unlocks it for the countdowns.
        var Context = window.AudioContext || window.webkitAudioContext;
        if (Context && !audio) {
          audio = new Context();
        }
      }
    });
  }

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function countDown(timer, start) {
    var total = parseInt(timer.getAttribute('data-seconds'), 10);
    var display = timer.querySelector('.guided-timer__clock');
    if (!display || !(total > 0)) {
      return;
    }
    var ends = Date.now() + total * 1000;
    var told = false;
    display.hidden = false;
    display.textContent = clock(total);
    say(words('started', total));
    var tick = window.setInterval(function () {
      var left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      display.textContent = clock(left);
      if (!told && left === 10 && total >= 20) {
        told = true;
        say(words('left', left));
      }
      if (left === 0) {
        window.clearInterval(tick);
        say(words('done', 0));
        beep();
        if (start) {
          start.disabled = false;
        }
      }
    }, 250);
  }

  Array.prototype.forEach.call(root.querySelectorAll('.guided-timer'), function (timer) {
    var start = timer.querySelector('.guided-timer__start');
    if (start) {
      start.hidden = false;
      start.addEventListener('click', function () {
        start.disabled = true;
        countDown(timer, start);
      });
    }
  });
}());
