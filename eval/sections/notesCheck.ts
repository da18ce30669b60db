import type { EvalSection } from '../lib/evalReport';
import { measureNotesCheck } from '../../test/notesCheck/measureNotesCheck';

/** Precision and recall of the notes check on its labelled set (test/notesCheck/). */
export function notesCheckSection(): readonly EvalSection[] {
  const score = measureNotesCheck();
  const counts = `${score.truePositives} of ${score.wrongNotes} wrong notes flagged, ${score.falseAlarms.length} false alarms, ${score.notes} notes`;
  return [
    {
      title: 'notes check (labelled set)',
      figures: [
        { name: 'precision', value: score.precision, target: 0.97, note: counts },
        { name: 'recall', value: score.recall, target: 0.8 },
      ],
    },
  ];
}
