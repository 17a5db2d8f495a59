import io
import unittest


class TestSample(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fail(self):
        self.assertIn(4, [1, 2, 3])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0


suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestSample)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print([test.id() for test, _ in result.failures], [reason for _, reason in result.skipped])
print(result.failures[0][1].splitlines()[-1])
print(result.errors[0][1].splitlines()[-1])
print(result.wasSuccessful())
