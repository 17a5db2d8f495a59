import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_true(self):
        self.assertTrue(0, "zero is false")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class Strings(unittest.TestCase):
    def setUp(self):
        self.word = "polyvm"

    def test_upper(self):
        self.assertEqual(self.word.upper(), "POLYVM")

    def test_raises(self):
        with self.assertRaises(ValueError):
            int("x")

    def test_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    @unittest.skipIf(True, "always skipped")
    def test_skip_if(self):
        pass


if __name__ == "__main__":
    unittest.main()
