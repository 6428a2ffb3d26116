import { useId, useState } from 'react';
import { updateSettings, useSettings, type Settings } from '../data/readerState.ts';

type Choice<K extends keyof Settings> = { value: Settings[K]; label: string };

const FONT_SIZES: Choice<'fontSize'>[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
];
const LINE_WIDTHS: Choice<'lineWidth'>[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
];
const THEMES: Choice<'theme'>[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function ChoiceGroup<K extends keyof Settings>({
  name,
  legend,
  choices,
}: {
  name: K;
  legend: string;
  choices: Choice<K>[];
}) {
  const settings = useSettings();
  const id = useId();
  return (
    <fieldset className="setting">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} htmlFor={`${id}-${choice.value}`}>
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={`${id}-${name}`}
            checked={settings[name] === choice.value}
            onChange={() => {
              updateSettings({ [name]: choice.value });
            }}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Font size, line width and theme, kept between visits. */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="settings">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Display
      </button>
      {open && (
        <div id={id} className="settings-panel">
          <ChoiceGroup name="fontSize" legend="Text size" choices={FONT_SIZES} />
          <ChoiceGroup name="lineWidth" legend="Line width" choices={LINE_WIDTHS} />
          <ChoiceGroup name="theme" legend="Theme" choices={THEMES} />
        </div>
      )}
    </div>
  );
}
