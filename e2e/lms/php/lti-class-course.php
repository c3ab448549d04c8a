<?php
// A course with a teacher and three students for the LTI class-results test, made with Moodle's data generator.
// Usage: php lti-class-course.php <moodle code dir> <run id>. Prints JSON: course id and the users' logins.
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
\core\session\manager::set_user(get_admin());
$run = preg_replace('/[^a-z0-9]/', '', strtolower($argv[2]));
$generator = new testing_data_generator();
$course = $generator->create_course(['fullname' => "LTI class $run", 'shortname' => "lticlass$run"]);
$password = 'Passw0rd!' . $run;
$users = [];
foreach (['teacher' => 'editingteacher', 'ann' => 'student', 'bob' => 'student', 'cyd' => 'student'] as $key => $role) {
    $user = $generator->create_user(['username' => "$key$run", 'password' => $password, 'firstname' => ucfirst($key), 'lastname' => "Run$run"]);
    $generator->enrol_user($user->id, $course->id, $role);
    $users[$key] = ['username' => $user->username, 'password' => $password, 'id' => (int) $user->id, 'name' => fullname($user)];
}
echo json_encode(['courseId' => (int) $course->id, 'users' => $users]);
