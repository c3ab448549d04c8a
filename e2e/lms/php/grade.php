<?php
// The gradebook grade of a user for the SCORM activities of a course, and what the SCORM tracks hold.
// Usage: php grade.php <moodle code dir> <course id> <user id>; prints JSON: [{ name, grade, lessonStatus, rawScore, interactions }].
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/gradelib.php');
\core\session\manager::set_user(get_admin());
[$courseid, $userid] = [(int) $argv[2], (int) $argv[3]];
$out = [];
foreach ($DB->get_records('scorm', ['course' => $courseid], 'id') as $scorm) {
    $grades = grade_get_grades($courseid, 'mod', 'scorm', $scorm->id, $userid);
    $item = $grades->items[0] ?? null;
    $grade = $item && isset($item->grades[$userid]) ? $item->grades[$userid]->grade : null;
    $values = $DB->get_records_sql(
        'SELECT v.id, e.element, v.value FROM {scorm_scoes_value} v JOIN {scorm_element} e ON e.id = v.elementid
           JOIN {scorm_attempt} a ON a.id = v.attemptid WHERE a.scormid = ? AND a.userid = ?',
        [$scorm->id, $userid]
    );
    $track = [];
    foreach ($values as $value) $track[$value->element] = $value->value;
    $interactions = count(array_filter(array_keys($track), fn($key) => preg_match("/^cmi\\.interactions[._]\\d+\\.id$/", $key)));
    $out[] = ['name' => $scorm->name, 'grade' => $grade === null ? null : (float) $grade, 'lessonStatus' => $track['cmi.core.lesson_status'] ?? null,
        'rawScore' => $track['cmi.core.score.raw'] ?? null, 'interactions' => $interactions];
}
echo json_encode($out), "\n";
