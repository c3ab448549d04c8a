<?php
// A course with a teacher and a student for one LMS test, made with Moodle's own data generator.
// Usage: php setup.php <moodle code dir> <suffix>; prints JSON: course id, and each user's username and password.
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
\core\session\manager::set_user(get_admin());
$suffix = preg_replace('/[^a-z0-9]/', '', strtolower($argv[2]));
// Moodle's first-visit user tours are modal: they would cover the pages the test reads.
$DB->set_field('tool_usertours_tours', 'enabled', 0);
$generator = new testing_data_generator();
$course = $generator->create_course(['fullname' => "Containers on AWS $suffix", 'shortname' => "coa$suffix"]);
$password = 'Test-pass-1!';
$users = [];
foreach (['teacher' => 'editingteacher', 'student' => 'student'] as $name => $role) {
    $user = $generator->create_user(['username' => "$name$suffix", 'password' => $password, 'firstname' => ucfirst($name), 'lastname' => $suffix]);
    $generator->enrol_user($user->id, $course->id, $role);
    $users[$name] = ['id' => (int) $user->id, 'username' => $user->username, 'password' => $password];
}
echo json_encode(['courseId' => (int) $course->id] + $users), "\n";
