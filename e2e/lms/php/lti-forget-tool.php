<?php
// Deletes the LTI tool types a previous run registered for this tool URL (so Moodle does not ask whether to update
// them), with their activities. Usage: php lti-forget-tool.php <moodle code dir> <tool origin, e.g. http://localhost:3190>
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->dirroot . '/mod/lti/locallib.php');
require_once($CFG->dirroot . '/course/lib.php');
\core\session\manager::set_user(get_admin());
global $DB;
$deleted = 0;
foreach ($DB->get_records_select('lti_types', $DB->sql_like('baseurl', '?'), [$argv[2] . '/%']) as $type) {
    foreach ($DB->get_records('lti', ['typeid' => $type->id]) as $instance) {
        $cm = get_coursemodule_from_instance('lti', $instance->id);
        if ($cm) {
            course_delete_module($cm->id);
        }
    }
    lti_delete_type($type->id);
    $deleted++;
}
echo json_encode(['deleted' => $deleted]);
