import type { EvalSection } from '../lib/evalReport';
import { LABELLED_FILES } from '../../test/notesCheck/labels';
import { measureNotesCheck } from '../../test/notesCheck/measureNotesCheck';

/** Precision and recall of the notes check on its labelled set (test/notesCheck/), and on its held-out part alone. */
export function notesCheckSection(): readonly EvalSection[] {
  const sets = [
    { title: 'notes check (labelled set)', files: LABELLED_FILES },
    { title: 'notes check (held out)', files: LABELLED_FILES.filter((file) => file.heldOut) },
  ];
  return sets.map(({ title, files }) => {
    const score = measureNotesCheck(undefined, files);
    const counts = `${score.truePositives} of ${score.wrongNotes} wrong notes flagged, ${score.falseAlarms.length} false alarms, ${score.notes} notes`;
    return {
      title,
      figures: [
        { name: 'precision', value: score.precision, target: 0.97, note: counts },
        { name: 'recall', value: score.recall, target: 0.8 },
      ],
    };
  });
}
