<?php
// An LTI activity's gradebook column and one user's grade in it (JSON: items = how many grade items the activity
// has, grademax, finalgrade or null). Usage: php lti-activity-grade.php <moodle code dir> <course module id> <user id>
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
global $DB;
$cm = get_coursemodule_from_id('lti', (int) $argv[2], 0, false, MUST_EXIST);
$items = $DB->get_records('grade_items', ['itemtype' => 'mod', 'itemmodule' => 'lti', 'iteminstance' => $cm->instance]);
$item = $items ? reset($items) : null;
$grade = $item ? $DB->get_record('grade_grades', ['itemid' => $item->id, 'userid' => (int) $argv[3]]) : null;
echo json_encode([
    'items' => count($items),
    'grademax' => $item ? (float) $item->grademax : null,
    'finalgrade' => ($grade && $grade->finalgrade !== null) ? (float) $grade->finalgrade : null,
]);
