<?php
// The gradebook grade of one user in a course's LTI activity (JSON: finalgrade or null, grademax).
// Usage: php lti-grade.php <moodle code dir> <course id> <user id>
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
global $DB;
$item = $DB->get_record_sql("SELECT * FROM {grade_items} WHERE courseid = ? AND itemmodule = 'lti' ORDER BY id DESC", [(int) $argv[2]], IGNORE_MULTIPLE);
$grade = $item ? $DB->get_record('grade_grades', ['itemid' => $item->id, 'userid' => (int) $argv[3]]) : null;
echo json_encode(['grademax' => $item ? (float) $item->grademax : null, 'finalgrade' => ($grade && $grade->finalgrade !== null) ? (float) $grade->finalgrade : null]);
