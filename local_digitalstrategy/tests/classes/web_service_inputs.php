<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\tests;

use core_external\external_api;
use core_external\external_description;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;

/**
 * Every web service of a plugin, every parameter, with bad input: null, a wrong type, empty and
 * huge values, called the way the AJAX endpoint calls them (core's
 * external_api::call_external_function). The functions come from the plugin's db/services.php,
 * so a new function is covered the day it is declared.
 *
 * The using test class provides valid_arguments() (the rest of the arguments, valid, so the one
 * bad parameter is what is tested), accepted_inputs() (bad-looking inputs a function rightly
 * accepts, with the reason) and data_fingerprint() (what must not change when a call is refused).
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait web_service_inputs {
    /** @var string[] Inputs that must fail parameter validation, whatever the function. */
    private static array $mustbeinvalid = ['null', 'array', 'wrongtype', 'overflow'];

    /** @var string[] Texts that only a PHP error (not a Moodle message) puts into an answer. */
    private static array $phpleaks = ['TypeError', 'must be of type', 'Argument #', 'Stack trace', 'Uncaught', '.php',
        'Call to ', 'Undefined ', 'null given', 'array given', 'string given'];

    /**
     * The web services a plugin declares.
     *
     * @param string $plugindir the plugin's folder
     * @return array<string, array> definitions by function name, as in db/services.php
     */
    protected static function declared_functions(string $plugindir): array {
        $functions = [];
        if (file_exists($plugindir . '/db/services.php')) {
            include($plugindir . '/db/services.php');
        }
        return $functions;
    }

    /**
     * The parameters of a web service with their descriptions.
     *
     * @param array $definition from db/services.php
     * @return array<string, external_description>
     */
    protected static function parameters_of(array $definition): array {
        $method = ($definition['methodname'] ?? 'execute') . '_parameters';
        /** @var external_function_parameters $parameters */
        $parameters = $definition['classname']::$method();
        return $parameters->keys;
    }

    /**
     * Data provider rows: function, parameter, kind of bad input.
     *
     * @param string $plugindir the plugin's folder
     * @return array<string, array{0: string, 1: string, 2: string}>
     */
    protected static function bad_inputs_for(string $plugindir): array {
        $cases = [];
        foreach (self::declared_functions($plugindir) as $function => $definition) {
            foreach (self::parameters_of($definition) as $parameter => $description) {
                foreach (array_keys(self::bad_values($description)) as $kind) {
                    $cases["$function: $parameter $kind"] = [$function, $parameter, $kind];
                }
            }
        }
        return $cases;
    }

    /**
     * The bad values for a parameter, by kind.
     *
     * @param external_description $description
     * @return array<string, mixed>
     */
    protected static function bad_values(external_description $description): array {
        $huge = str_repeat('a', 1048576);
        if (!$description instanceof external_value) {
            // A structure: null, a scalar where an array belongs, empty, and a huge list.
            return ['null' => null, 'wrongtype' => 'abc', 'empty' => [],
                'huge' => array_fill(0, 10000, $description instanceof external_multiple_structure ? $huge : 'a')];
        }
        $values = ['null' => null, 'array' => ['a' => ['b']]];
        switch ($description->type) {
            case PARAM_INT:
                return $values + ['wrongtype' => 'abc', 'empty' => '', 'huge' => PHP_INT_MAX,
                    'overflow' => '9223372036854775808'];
            case PARAM_FLOAT:
                return $values + ['wrongtype' => 'abc', 'empty' => '', 'huge' => PHP_FLOAT_MAX];
            case PARAM_BOOL:
                return $values + ['wrongtype' => 'abc', 'empty' => '', 'huge' => PHP_INT_MAX];
            default:
                return $values + ['empty' => '', 'huge' => $huge];
        }
    }

    /**
     * Arguments from the parameter descriptions alone (defaults, or a value of the right type), for
     * functions the test class knows nothing about yet.
     *
     * @param array $definition from db/services.php
     * @return array
     */
    protected static function arguments_of_the_right_type(array $definition): array {
        $arguments = [];
        foreach (self::parameters_of($definition) as $name => $description) {
            if ($description->required === VALUE_DEFAULT) {
                $arguments[$name] = $description->default;
            } else if ($description instanceof external_value) {
                $arguments[$name] = match ($description->type) {
                    PARAM_INT => 1,
                    PARAM_FLOAT => 1.0,
                    PARAM_BOOL => false,
                    default => 'a',
                };
            } else {
                $arguments[$name] = [];
            }
        }
        return $arguments;
    }

    /**
     * Calls a web service as the AJAX endpoint does (service.php: ajax only, logged in, sesskey).
     *
     * @param string $function
     * @param array $arguments
     * @return array the answer: error, and data or exception
     */
    protected function call_as_ajax(string $function, array $arguments): array {
        $_POST['sesskey'] = sesskey();
        return external_api::call_external_function($function, $arguments, true);
    }

    /**
     * Calls a function with one bad parameter and asserts a clean answer and nothing stored.
     *
     * @param string $plugindir the plugin's folder
     * @param string $function
     * @param string $parameter
     * @param string $kind
     */
    protected function assert_bad_input_is_refused_cleanly(
        string $plugindir,
        string $function,
        string $parameter,
        string $kind
    ): void {
        $definition = self::declared_functions($plugindir)[$function];
        $description = self::parameters_of($definition)[$parameter];
        $arguments = $this->valid_arguments($function) + self::arguments_of_the_right_type($definition);
        $arguments[$parameter] = self::bad_values($description)[$kind];
        $accepted = $this->accepted_inputs()[$function][$parameter][$kind] ?? null;
        $before = $this->data_fingerprint();
        $events = $this->redirectEvents();

        $answer = $this->call_as_ajax($function, $arguments);

        $text = json_encode($answer, JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE);
        if ($accepted !== null) {
            $this->assertFalse($answer['error'], "$function accepts $parameter $kind ($accepted): " . substr($text, 0, 2000));
            return;
        }
        $this->assertTrue($answer['error'], "$function must refuse $parameter $kind: " . substr($text, 0, 2000));
        $exception = $answer['exception'];
        $message = (string) $exception->message;
        if (in_array($kind, self::$mustbeinvalid, true)) {
            $this->assertSame('invalidparameter', $exception->errorcode, "$parameter $kind: " . $message);
        }
        // Core answers generalexceptionmessage for every throwable that is not a Moodle exception.
        $this->assertNotSame('generalexceptionmessage', $exception->errorcode, "a PHP error, not a Moodle message: $message");
        foreach (self::$phpleaks as $leak) {
            $this->assertStringNotContainsString($leak, $message, "the message shows PHP's own text: $message");
        }
        $this->assertLessThan(1000, strlen($message), 'the message does not echo the input');
        $this->assertSame($before, $this->data_fingerprint(), "$function stored something for $parameter $kind");
        $this->assertSame([], array_map(fn($e) => $e->eventname, $events->get_events()), 'no event is triggered');
        $events->close();
    }

    /**
     * Asserts that the valid arguments pass parameter validation, so that each case tests one bad value.
     *
     * @param string $plugindir the plugin's folder
     */
    protected function assert_valid_arguments_are_valid(string $plugindir): void {
        foreach (self::declared_functions($plugindir) as $function => $definition) {
            $method = ($definition['methodname'] ?? 'execute') . '_parameters';
            $arguments = $this->valid_arguments($function) + self::arguments_of_the_right_type($definition);
            $validated = external_api::validate_parameters($definition['classname']::$method(), $arguments);
            $this->assertSame(array_keys(self::parameters_of($definition)), array_keys($validated), $function);
        }
    }

    /**
     * Asserts that every parameter of every declared function is tried with null, a wrong type, empty and huge.
     *
     * @param string $plugindir the plugin's folder
     * @param array $cases from bad_inputs_for()
     */
    protected function assert_every_parameter_is_tried(string $plugindir, array $cases): void {
        $tried = [];
        foreach ($cases as [$function, $parameter, $kind]) {
            $tried[$function][$parameter][] = $kind;
        }
        foreach (self::declared_functions($plugindir) as $function => $definition) {
            foreach (array_keys(self::parameters_of($definition)) as $parameter) {
                $kinds = $tried[$function][$parameter] ?? [];
                foreach (['null', 'empty', 'huge'] as $kind) {
                    $this->assertContains($kind, $kinds, "$function $parameter");
                }
                $this->assertNotEmpty(array_intersect(['array', 'wrongtype'], $kinds), "$function $parameter: a wrong type");
            }
        }
    }

    /**
     * A fingerprint of every row of tables whose names start with a prefix.
     *
     * @param string $prefix table name prefix, e.g. local_digitalstrategy_
     * @return array<string, string> table => hash of its rows
     */
    protected static function tables_fingerprint(string $prefix): array {
        global $DB;
        $fingerprint = [];
        foreach ($DB->get_tables(false) as $table) {
            if (str_starts_with($table, $prefix)) {
                $fingerprint[$table] = sha1(serialize($DB->get_records($table, null, 'id')));
            }
        }
        ksort($fingerprint);
        return $fingerprint;
    }

    /**
     * The rest of the arguments of a function, valid, so the one bad parameter is what is tested.
     *
     * @param string $function
     * @return array
     */
    abstract protected function valid_arguments(string $function): array;

    /**
     * Inputs a function accepts although they look bad, with the reason.
     *
     * @return array<string, array<string, array<string, string>>> function => parameter => kind => reason
     */
    abstract protected function accepted_inputs(): array;

    /**
     * What must stay unchanged when a call is refused.
     *
     * @return array
     */
    abstract protected function data_fingerprint(): array;
}
